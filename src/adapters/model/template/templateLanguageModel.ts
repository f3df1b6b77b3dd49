import type { Citation, ContentDocument } from '../../../domain/content';
import type { Channel } from '../../../domain/customer';
import type {
  DraftCopy,
  GenerationRequest,
  GenerationResult,
  LanguageModel,
} from '../../../ports/LanguageModel';
import { citationFor } from '../../../content/citationExcerpt';
import { extractKeyFacts, factValue, type ContentFact } from '../../../content/contentFacts';
import { templateGoalOf, type TemplateGoal } from './campaignGoal';
import { ANGLE_PHRASES, COPY_FAMILIES, type CopyFamily } from './copyFamilies';
import { fitMessage, PUSH_MAX_LENGTH, SMS_MAX_LENGTH, type MessagePart } from './shortMessage';

const BRAND = 'Contoso Outfitters';
const SMS_OPT_OUT = 'Reply STOP to opt out';
const SUBJECT_MAX_LENGTH = 60;
const TEMPLATE_VERSION = 1;

/** The facts one variant may state, each tied to the document it comes from. */
interface GroundingFacts {
  primary?: { document: ContentDocument; facts: ContentFact[] };
  secondary?: { document: ContentDocument; facts: ContentFact[] };
  disclaimer?: { document: ContentDocument; text: string };
}

function withFacts(document: ContentDocument): { document: ContentDocument; facts: ContentFact[] } {
  return { document, facts: extractKeyFacts(document.body) };
}

function hasClaim(facts: readonly ContentFact[]): boolean {
  return factValue(facts, 'Offer') !== undefined || factValue(facts, 'Headline') !== undefined;
}

/** Chooses what to ground on: the most relevant offer (else product), a second offer, a legal line. */
function groundingFacts(sources: readonly ContentDocument[], channel: Channel): GroundingFacts {
  const usable = sources.filter((document) => document.channels.includes(channel));
  const candidates = usable.map(withFacts).filter((entry) => hasClaim(entry.facts));
  const offers = candidates.filter((entry) => entry.document.kind === 'offer');
  const primary = offers[0] ?? candidates.find((entry) => entry.document.kind === 'product') ?? candidates[0];
  const secondary = offers.find(
    (entry) => entry !== primary && factValue(entry.facts, 'Offer') !== undefined,
  );
  const legal = usable
    .filter((document) => document.kind === 'legal')
    .map(withFacts)
    .find((entry) => factValue(entry.facts, 'Disclaimer') !== undefined);
  const grounding: GroundingFacts = {};
  if (primary) grounding.primary = primary;
  if (secondary) grounding.secondary = secondary;
  if (legal)
    grounding.disclaimer = { document: legal.document, text: factValue(legal.facts, 'Disclaimer') ?? '' };
  return grounding;
}

/** Fills `[headline]`/`[ends]`; undefined when a slot has no fact, so the next candidate is tried. */
function fillSlots(template: string, facts: readonly ContentFact[]): string | undefined {
  let missing = false;
  const filled = template.replace(/\[(headline|ends)\]/g, (_match, slot: string) => {
    const value = factValue(facts, slot === 'headline' ? 'Headline' : 'Ends');
    if (value === undefined) missing = true;
    return value ?? '';
  });
  return missing ? undefined : filled;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function greeting(tone: string | undefined): { open: string; close: string } {
  const folded = (tone ?? '').toLowerCase();
  if (/formal|professional|serious/.test(folded))
    return { open: 'Dear {{firstName}},', close: 'Kind regards,' };
  if (/playful|fun|casual|excit|energetic/.test(folded))
    return { open: 'Hey {{firstName}}!', close: 'See you on the trail,' };
  return { open: 'Hi {{firstName}},', close: 'See you on the trail,' };
}

/** The claim sentence: the offer (or, for a product, its headline and price) quoted verbatim. */
function claimParts(
  family: CopyFamily,
  facts: readonly ContentFact[],
): { claim?: string; code?: string; ends?: string } {
  const phrases = ANGLE_PHRASES[family.angle];
  const offer = factValue(facts, 'Offer') ?? factValue(facts, 'Headline');
  const price = factValue(facts, 'Price');
  const code = factValue(facts, 'Code');
  const ends = factValue(facts, 'Ends');
  const parts: { claim?: string; code?: string; ends?: string } = {};
  if (offer !== undefined) {
    parts.claim =
      sentence(`${phrases.offerLead} ${offer}`) + (price === undefined ? '' : ` Price: ${sentence(price)}`);
  }
  if (code !== undefined) parts.code = `Use code ${code} at checkout.`;
  if (ends !== undefined) parts.ends = sentence(`${phrases.endsLead} ${ends}`);
  return parts;
}

function emailDraft(
  family: CopyFamily,
  alternative: 0 | 1,
  grounding: GroundingFacts,
  tone: string | undefined,
): { subject: string; body: string; used: ContentDocument[] } {
  const facts = grounding.primary?.facts ?? [];
  const used: ContentDocument[] = grounding.primary ? [grounding.primary.document] : [];
  const subjectCandidates = [...family.subjects[alternative], BRAND];
  const subject =
    subjectCandidates
      .map((candidate) => fillSlots(candidate, facts))
      .find((candidate) => candidate !== undefined && candidate.length <= SUBJECT_MAX_LENGTH) ?? BRAND;
  const { claim, code, ends } = claimParts(family, facts);
  const paragraph = [family.hooks[alternative], claim, code, ends];
  const secondaryOffer = grounding.secondary ? factValue(grounding.secondary.facts, 'Offer') : undefined;
  if (
    grounding.secondary &&
    secondaryOffer !== undefined &&
    (family.angle === 'benefit' || alternative === 1)
  ) {
    paragraph.push(sentence(`Plus, ${secondaryOffer}`));
    used.push(grounding.secondary.document);
  }
  const terms = factValue(facts, 'Terms');
  const { open, close } = greeting(tone);
  const lines = [open, '', paragraph.filter((part) => part !== undefined).join(' ')];
  if (terms !== undefined) lines.push('', `Terms: ${terms}`);
  if (grounding.disclaimer) {
    lines.push('', grounding.disclaimer.text);
    used.push(grounding.disclaimer.document);
  }
  lines.push('', close, `The ${BRAND} team`);
  return { subject, body: lines.join('\n'), used };
}

function shortDraft(
  channel: 'sms' | 'push',
  family: CopyFamily,
  alternative: 0 | 1,
  grounding: GroundingFacts,
): { body: string; used: ContentDocument[] } {
  const facts = grounding.primary?.facts ?? [];
  const used: ContentDocument[] = grounding.primary ? [grounding.primary.document] : [];
  const code = factValue(facts, 'Code');
  const ends = factValue(facts, 'Ends');
  const limit = channel === 'sms' ? SMS_MAX_LENGTH : PUSH_MAX_LENGTH;
  const hook = family.shortHooks[alternative];
  const named = hook.includes('{{firstName}}');
  const claims = [factValue(facts, 'Offer'), factValue(facts, 'Headline')].filter(
    (claim): claim is string => claim !== undefined,
  );
  const partsFor = (claim: string, hookPriority: number | undefined): MessagePart[] => [
    ...(channel === 'sms' ? [{ text: `${BRAND}:` }] : []),
    ...(named ? [] : [{ text: '{{firstName}},', priority: 2, salutation: true }]),
    hookPriority === undefined ? { text: hook } : { text: hook, priority: hookPriority },
    { text: claim === '' ? '' : sentence(`${ANGLE_PHRASES[family.angle].shortLead} ${claim}`) },
    ...(code === undefined ? [] : [{ text: `Code ${code}.`, priority: 4 }]),
    ...(ends === undefined
      ? []
      : [{ text: sentence(`${ANGLE_PHRASES[family.angle].endsLead} ${ends}`), priority: 1 }]),
    ...(channel === 'sms' ? [{ text: SMS_OPT_OUT }] : []),
  ];
  // The hook is what makes variants differ, so it stays: the full offer first, then the shorter
  // headline; only when neither fits beside the hook is the hook given up.
  const candidates = claims.length > 0 ? claims : [''];
  for (const hookPriority of [undefined, 3]) {
    for (const claim of candidates) {
      const body = fitMessage(partsFor(claim, hookPriority), limit);
      if (body !== undefined) return { body, used };
    }
  }
  // Even the headline does not fit: send the hook alone rather than cut a fact in half.
  const fallback = channel === 'sms' ? `${BRAND}: ${hook} ${SMS_OPT_OUT}` : hook;
  return { body: fallback.slice(0, limit), used: [] };
}

function citationsFor(documents: readonly ContentDocument[]): Citation[] {
  const unique = [...new Map(documents.map((document) => [document.id, document])).values()];
  return unique.map((document) => citationFor(document));
}

/**
 * Deterministic, offline `LanguageModel`: copy comes from template families (one per angle, two
 * alternatives each), and every fact (offer, price, percentage, code, date, terms) is quoted verbatim
 * from a cited source's `Key facts`. Personalisation is the `{{firstName}}` placeholder only.
 */
export class TemplateLanguageModel implements LanguageModel {
  readonly id = `template@${TEMPLATE_VERSION}`;

  async generate(request: GenerationRequest): Promise<GenerationResult> {
    if (request.revise !== undefined) return reviseOffline(request, request.revise, this.id);
    const goal: TemplateGoal = templateGoalOf(request.campaignGoal);
    const families = COPY_FAMILIES[goal];
    const grounding = groundingFacts(request.sources, request.channel);
    const count = Math.max(1, Math.min(request.variants, families.length * 2));
    const drafts: DraftCopy[] = [];
    for (let index = 0; index < count; index += 1) {
      const family = families[index % families.length] ?? families[0];
      if (family === undefined) break;
      const alternative = (Math.floor(index / families.length) % 2) as 0 | 1;
      const generator = `template:${goal}-${family.angle}${alternative === 1 ? '-alt' : ''}@${TEMPLATE_VERSION}`;
      if (request.channel === 'email') {
        const { subject, body, used } = emailDraft(family, alternative, grounding, request.tone);
        drafts.push({ subject, body, citations: citationsFor(used), generator });
      } else {
        const { body, used } = shortDraft(request.channel, family, alternative, grounding);
        drafts.push({ body, citations: citationsFor(used), generator });
      }
    }
    return { drafts, usage: { promptTokens: 0, completionTokens: 0 }, calls: 0, costUsd: 0, notes: [] };
  }
}

/** Instructions the offline generator can carry out on its own; anything else needs a model. */
const SHORTER = /\b(short|brief|concise|tight|trim|k[uü]rz|court|corto|curto|breve)|短く|短い/i;

/**
 * A revision without a model: "shorter" drops the sentences of the message paragraph that carry no fact
 * (no figure, code or date), so every claim and its citation stays. Other instructions cannot be applied
 * offline; the copy is returned unchanged with a note that says so.
 */
function reviseOffline(
  request: GenerationRequest,
  revise: NonNullable<GenerationRequest['revise']>,
  id: string,
): GenerationResult {
  const citations = citationsFor(request.sources);
  const generator = `${id}:revised`;
  const base = { usage: { promptTokens: 0, completionTokens: 0 }, calls: 0, costUsd: 0 };
  if (!SHORTER.test(revise.instruction)) {
    return {
      ...base,
      drafts: [
        {
          ...(revise.subject === undefined ? {} : { subject: revise.subject }),
          body: revise.body,
          citations,
          generator,
        },
      ],
      notes: [
        `The offline template generator cannot apply “${revise.instruction}”, so the copy is unchanged. Edit it on the card, or configure a model (CPO_LLM).`,
      ],
    };
  }
  const hasFact = (sentenceText: string): boolean => /\d|\bcode\b|%|\$|€|£/i.test(sentenceText);
  const body = revise.body
    .split('\n')
    .map((line) => {
      const sentences = line.match(/[^.!?]+[.!?]+(\s|$)|[^.!?]+$/g) ?? [line];
      if (sentences.length < 2) return line;
      const kept = sentences.filter(hasFact);
      return kept.length === 0 ? line : kept.map((part) => part.trim()).join(' ');
    })
    .join('\n');
  const shorter = body.length < revise.body.length;
  return {
    ...base,
    drafts: [
      { ...(revise.subject === undefined ? {} : { subject: revise.subject }), body, citations, generator },
    ],
    notes: shorter
      ? []
      : ['The copy has no sentence the offline generator could drop without losing a fact.'],
  };
}
