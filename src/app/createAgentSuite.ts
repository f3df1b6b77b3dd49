import type { ContentDocument } from '../domain/content';
import type { SafetyResult, Variant } from '../domain/variant';
import type { ContentIndex } from '../ports/ContentIndex';
import type { LanguageModel } from '../ports/LanguageModel';
import type { AgentSuite } from '../orchestration/agentSuite';
import { segmentCustomersTool } from '../agents/segmentation/segmentCustomersTool';
import type { CustomerSource } from '../agents/segmentation/segmentationContext';
import { retrieveContentTool } from '../agents/retrieval/retrieveContentTool';
import { generateVariantsTool } from '../agents/generation/generateVariantsTool';

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

/** Adapts each agent's tool (zod schema + execute) to the orchestrator's AgentSuite. */
export function createAgentSuite(deps: AgentSuiteDependencies): AgentSuite {
  return {
    segment: async (input) => {
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
      const result = await generateVariantsTool.execute(input, {
        languageModel: deps.languageModel,
        campaignId: workspace.campaignId,
        segment: workspace.segment,
        sources: workspace.documents,
        variantId: (index) => `v${index + 1}`,
      });
      return { variants: result.variants, usage: result.usage };
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
