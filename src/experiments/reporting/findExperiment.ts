import { notFound } from '../../shared/errors';
import type { DefinitionRepository } from '../definition/definitionRepository';
import type { ExperimentDefinition } from '../definition/experimentDefinition';

/** Words people add around a campaign name that never identify one. */
const NOISE = new Set([
  'test',
  'tests',
  'experiment',
  'campaign',
  'the',
  'ab',
  'a-b',
  'email',
  'results',
  'result',
]);

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((token) => token !== '' && !NOISE.has(token));
}

/** How well a request names a campaign id: the share of its words found in the id ("winback" matches "win-back"). */
function score(query: string[], campaignId: string): number {
  const idTokens = new Set(tokens(campaignId));
  const squashed = campaignId.replace(/[^a-z0-9]/g, '');
  const found = query.filter(
    (token) => idTokens.has(token) || (token.length >= 4 && squashed.includes(token)),
  );
  return query.length === 0 ? 0 : found.length / query.length;
}

/**
 * The experiment a request is about. An exact campaign id wins; otherwise the launched experiment whose id
 * best matches the words (the planner may hand over "spring-win-back" for `win-back-spring-sale-3f9a`);
 * no campaign at all means the most recently launched one. NOT_FOUND lists the candidates when the
 * request is ambiguous or matches nothing.
 */
export async function findExperiment(
  definitions: DefinitionRepository,
  campaign: string | undefined,
): Promise<ExperimentDefinition> {
  if (campaign !== undefined) {
    const exact = await definitions.find(campaign);
    if (exact) return exact;
  }
  const all = await definitions.list();
  if (all.length === 0) throw notFound('No experiment has been launched yet.');
  if (campaign === undefined) return all[0] as ExperimentDefinition;
  const query = tokens(campaign);
  const ranked = all
    .map((definition) => ({ definition, score: score(query, definition.campaignId) }))
    .filter((candidate) => candidate.score > 0)
    .sort((a, b) => b.score - a.score);
  const best = ranked[0];
  const names = (list: ExperimentDefinition[]): string =>
    list
      .slice(0, 5)
      .map((definition) => `"${definition.campaignId}"`)
      .join(', ');
  if (!best)
    throw notFound(`I can't find an experiment for "${campaign}". Running experiments: ${names(all)}.`);
  const tied = ranked.filter((candidate) => candidate.score === best.score);
  if (tied.length > 1) {
    throw notFound(
      `"${campaign}" matches several experiments: ${names(tied.map((candidate) => candidate.definition))}. Which one?`,
    );
  }
  return best.definition;
}
