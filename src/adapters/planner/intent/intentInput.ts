import { foldForMatching, type MatchingViews } from '../../../text/foldForMatching';
import { withoutQuotedCopy } from './quotedCopy';

/**
 * The text the intent model reads for a request: the shared normaliser's `plain` view, with quoted copy
 * replaced by a marker (quotedCopy.ts). Training (scripts/lib/plannerTraining.ts) and planning both call
 * this, so they read requests the same way.
 */
export function intentInput(raw: string, views: MatchingViews = foldForMatching(raw)): string {
  const unquoted = withoutQuotedCopy(raw);
  return unquoted === raw ? views.plain : foldForMatching(unquoted).plain;
}
