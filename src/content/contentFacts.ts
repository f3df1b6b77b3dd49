import type { ContentDocument } from '../domain/content';

/**
 * One line of a document's `## Key facts` list, e.g. `- Offer: 20% off all full-price jackets`.
 * Generated copy quotes these values verbatim, so every number it contains can be traced to the document.
 */
export interface ContentFact {
  label: string;
  value: string;
}

const KEY_FACTS_HEADING = /^##[ \t]+Key facts[ \t]*$/im;
const FACT_LINE = /^[ \t]*[-*][ \t]+([^:\n]{1,40}):[ \t]*(.+?)[ \t]*$/;

/** The verbatim text of the `## Key facts` section (without its heading), or undefined. */
export function keyFactsSection(body: string): string | undefined {
  const heading = KEY_FACTS_HEADING.exec(body);
  if (!heading) return undefined;
  const rest = body.slice(heading.index + heading[0].length);
  const nextHeading = /^#{1,6}[ \t]/m.exec(rest);
  const section = (nextHeading ? rest.slice(0, nextHeading.index) : rest).trim();
  return section === '' ? undefined : section;
}

export function extractKeyFacts(body: string): ContentFact[] {
  const section = keyFactsSection(body);
  if (section === undefined) return [];
  const facts: ContentFact[] = [];
  for (const line of section.split('\n')) {
    const match = FACT_LINE.exec(line);
    if (match?.[1] && match[2]) facts.push({ label: match[1].trim(), value: match[2] });
  }
  return facts;
}

/** Case-insensitive lookup of a fact's value by label. */
export function factValue(facts: readonly ContentFact[], label: string): string | undefined {
  const wanted = label.toLowerCase();
  return facts.find((fact) => fact.label.toLowerCase() === wanted)?.value;
}

/** The facts of a document, keyed for the generator. */
export function documentFacts(document: ContentDocument): ContentFact[] {
  return extractKeyFacts(document.body);
}
