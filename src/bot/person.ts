import type { Activity } from 'botbuilder';
import type { Person } from '../domain/campaign';

/** The acting user: the AAD object id when Teams sends one (roles are keyed by it), else the channel user id. */
export function personOf(activity: Partial<Activity>): Person {
  const from = activity.from;
  const id = from?.aadObjectId ?? from?.id ?? 'unknown';
  return { id, name: from?.name ?? id };
}
