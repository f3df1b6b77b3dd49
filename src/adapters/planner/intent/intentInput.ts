import { foldForMatching, type MatchingViews } from '../../../text/foldForMatching';
import { toPlain } from '../../../text/normalizeText';
import { withoutQuotedCopy } from './quotedCopy';

/**
 * A token shaped like a campaign id ("quartz-bloom-5e", "spring_sale_2026"): ASCII words joined by hyphens or
 * underscores with a digit somewhere. Its words are arbitrary, so the model reads one marker word instead.
 */
const ID_SHAPED =
  /(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]*\d)[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+(?![A-Za-z0-9_-])/g;
export const CAMPAIGN_ID_MARKER = 'campaignid';

/**
 * The text the intent model reads for a request: the shared normaliser's `plain` view, with quoted copy
 * (quotedCopy.ts) and id-shaped tokens replaced by marker words. Training (scripts/lib/plannerTraining.ts)
 * and planning both call this, so they read requests the same way.
 */
export function intentInput(raw: string, views: MatchingViews = foldForMatching(raw)): string {
  // Marked on the folded view (quotes already straightened) so that planning folds the request once.
  const marked = withoutQuotedCopy(views.folded).replace(ID_SHAPED, ` ${CAMPAIGN_ID_MARKER} `);
  return marked === views.folded ? views.plain : toPlain(marked);
}
