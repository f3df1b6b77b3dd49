import type { ContentDocument } from '../domain/content';
import type { SafetyResult, Variant } from '../domain/variant';
import type { ContentIndex } from '../ports/ContentIndex';
import type { LanguageModel } from '../ports/LanguageModel';
import type { AgentSuite } from '../orchestration/agentSuite';
import { detectPromptInjection } from '../adapters/safety/local/injection/detectPromptInjection';
import { normalizeText } from '../text/normalizeText';
import { segmentCustomersTool } from '../agents/segmentation/segmentCustomersTool';
import type { CustomerSource } from '../agents/segmentation/segmentationContext';
import { retrieveContentTool } from '../agents/retrieval/retrieveContentTool';
import { generateVariantsTool } from '../agents/generation/generateVariantsTool';
import { translatorFor } from '../text/messages/messages';

/** The safety agent as the suite needs it (screens variants against their sources, or a free text). */
export interface SafetyAgent {
  screenVariants(variants: Variant[], sources: ContentDocument[]): Promise<Variant[]>;
  screenText(text: string): Promise<SafetyResult>;
}

export interface AgentSuiteDependencies {
  customers: CustomerSource;
  contentIndex: ContentIndex;
  languageModel: LanguageModel;
  safety: SafetyAgent;
  /** Today's date (YYYY-MM-DD) for offer validity. */
  today: () => string;
}

/** Splits documents into those free of prompt-injection signals and those held back. */
function withoutInjections(documents: readonly ContentDocument[]): {
  clean: ContentDocument[];
  held: ContentDocument[];
} {
  const clean: ContentDocument[] = [];
  const held: ContentDocument[] = [];
  for (const document of documents) {
    const signals = detectPromptInjection(normalizeText(`${document.title}\n${document.body}`));
    (signals.length === 0 ? clean : held).push(document);
  }
  return { clean, held };
}

/** The approved content document whose body is the brand voice the model writes in. */
const BRAND_VOICE_GUIDE = 'brand-voice-guide';

/** Adapts each agent's tool (zod schema + execute) to the orchestrator's AgentSuite. */
export function createAgentSuite(deps: AgentSuiteDependencies): AgentSuite {
  return {
    segment: async (input) => {
      // The executor strips `unsupported`; the agent's own schema still validates what is left.
      const result = await segmentCustomersTool.execute(input, { customers: deps.customers });
      return [result.segment, ...(result.cohorts ?? [])];
    },
    retrieve: async (input) => {
      const result = await retrieveContentTool.execute(input, {
        contentIndex: deps.contentIndex,
        today: deps.today(),
      });
      return { documents: result.documents, citations: result.citations };
    },
    generate: async (input, workspace) => {
      const voice = await deps.contentIndex.get(BRAND_VOICE_GUIDE);
      // Retrieved text reaches the model only after the injection screen: approved content that reads like
      // an instruction to the model is left out, and the draft summary says so.
      const { clean: sources, held } = withoutInjections(workspace.documents);
      const result = await generateVariantsTool.execute(input, {
        languageModel: deps.languageModel,
        campaignId: workspace.campaignId,
        segment: workspace.segment,
        sources,
        variantId: workspace.variantId ?? ((index) => `v${index + 1}`),
        ...(voice === undefined ? {} : { voiceGuide: voice.body }),
        ...(workspace.revise === undefined ? {} : { revise: workspace.revise }),
        ...(workspace.budgetUsd === undefined ? {} : { budgetUsd: workspace.budgetUsd }),
        ...(workspace.replyLanguage === undefined ? {} : { replyLanguage: workspace.replyLanguage }),
      });
      const t = translatorFor(workspace.replyLanguage);
      return {
        variants: result.variants,
        usage: result.usage,
        calls: result.calls,
        costUsd: result.costUsd,
        ...(result.prompt === undefined ? {} : { prompt: result.prompt }),
        warnings: [
          ...held.map((document) => t('generation.heldSource', { title: document.title, id: document.id })),
          ...result.warnings,
        ],
      };
    },
    sources: async (ids) => {
      const found = await Promise.all(ids.map((id) => deps.contentIndex.get(id)));
      return found.filter((document): document is ContentDocument => document !== undefined);
    },
    screenVariants: (variants, sources) => deps.safety.screenVariants(variants, sources),
    screenText: (text) => deps.safety.screenText(text),
    rescreen: async (variant) => {
      const cited = await Promise.all(
        variant.citations.map((citation) => deps.contentIndex.get(citation.id)),
      );
      const sources = cited.filter((document): document is ContentDocument => document !== undefined);
      const [screened] = await deps.safety.screenVariants([variant], sources);
      return screened ?? variant;
    },
  };
}
