import { detectSegmentMethod, findCohorts, type Cohort, type SegmentMethod } from './cohorts';
import { findDurations, type DurationMention } from './durations';
import { AUDIENCE_NOUNS } from './nouns';
import { isNegated } from './negation';

/** Who a request targets: arguments of segment_customers. */
export interface Audience {
  readonly cohort?: Cohort;
  readonly method?: SegmentMethod;
  /** "haven't bought in 90 days" → 90. */
  readonly inactiveDays?: number;
  /** "bought in the last 30 days" → 30. */
  readonly activeWithinDays?: number;
  /** "more than 5 orders" → 6. */
  readonly minFrequency?: number;
  /** "spent over $500" → 500. */
  readonly minMonetary?: number;
}

const MORE_THAN = 'more than|over|above|mehr als|uber|plus de|mas de|mais de';
const AT_LEAST = 'at least|minimum|min\\.?|mindestens|au moins|al menos|pelo menos';
const MIN_ORDERS = new RegExp(
  `(?:(?<more>${MORE_THAN})|(?<least>${AT_LEAST}))?\\s*(?<count>\\d+)\\s*(?<plus>\\+|or more|oder mehr|ou plus|o mas|ou mais)?\\s*(?:orders|purchases|transactions|bestellungen|kaufe|einkaufe|commandes|achats|pedidos|compras)(?![a-z])`,
  'u',
);
const JAPANESE_MIN_ORDERS = /(?<count>\d+)\s*回以上/u;
const MIN_SPEND = new RegExp(
  `(?:spent|spend|spending|spenders?|ausgegeben|ausgaben|depense|depenses|gastado|gastaron|gasto|gastaram|gasto)\\s*(?:(?<more>${MORE_THAN})|(?:${AT_LEAST}))?\\s*[$€£¥]?\\s*(?<amount>\\d+(?:[.,]\\d+)?)\\s*(?<thousands>k)?`,
  'u',
);

/** Purchase-count and spend thresholds: "customers with more than 5 orders", "spent at least €500". */
function thresholds(folded: string): { minFrequency?: number; minMonetary?: number } {
  const orders = MIN_ORDERS.exec(folded) ?? JAPANESE_MIN_ORDERS.exec(folded);
  const spend = MIN_SPEND.exec(folded);
  const result: { minFrequency?: number; minMonetary?: number } = {};
  const count = orders?.groups?.count === undefined ? undefined : Number(orders.groups.count);
  if (count !== undefined && Number.isFinite(count)) {
    result.minFrequency = orders?.groups?.more === undefined ? count : count + 1;
  }
  const amount =
    spend?.groups?.amount === undefined ? undefined : Number(spend.groups.amount.replace(',', '.'));
  if (amount !== undefined && Number.isFinite(amount)) {
    result.minMonetary = amount * (spend?.groups?.thousands === undefined ? 1 : 1000);
  }
  return result;
}

export const MAX_SEGMENT_DAYS = 3650;

/** Words before a duration that make it a recency window ("active in the last 30 days"). */
const ACTIVE_BEFORE =
  /(?<![a-z])(?:active|bought|purchased|ordered|shopped|engaged|opened|clicked|visited|buyers|purchasers|aktiv|aktive|aktiven|gekauft|bestellt|actifs?|actives|achete|commande|activos?|activas?|compraron|compro|comprado|ativos?|ativas?|compraram|comprou)(?![a-z])/;
/** Words that make it an inactivity span ("not bought", "inactive", "since", "seit", "depuis", "hace", "há"). */
const INACTIVE_BEFORE =
  /(?<![a-z])(?:not|no|never|nothing|nichts|rien|nada|haven't|havent|hasn't|hasnt|didn't|didnt|don't|dont|without|inactive|lapsed|dormant|since|nicht|kein|keine|keinen|ohne|seit|inaktiv\w*|ne|pas|n'ont|sans|depuis|inactif\w*|sin|nunca|desde|hace|inactiv\w*|nao|sem|ha|inativ\w*|over|more than|mehr als|plus de|mas de|mais de|at least|mindestens|au moins|al menos|pelo menos|gone|quiet|away|lost|weg|verloren|abgewandert\w*|partis|perdus|disparus|perdidos|idos|desaparecidos|sumiram|sumidos|faz|fazem|perdemos|perdimos)(?![a-z])|n'/;
/** Japanese recency is stated after the duration: 30日以内に購入した (active) vs 90日間購入していない (inactive). */
const JAPANESE_ACTIVE_AFTER =
  /^[^,.!?]{0,3}以内|^[^,.!?]{0,4}(?:購入した|買った|注文した|利用した|ログインした|来店した|購入あり|購入がある)/u;
/** "直近30日", "過去2週間", "ここ3ヶ月": a window up to now, so an activity window unless negated after. */
const JAPANESE_RECENT_BEFORE = /(?:直近|過去|最近|ここ)\s*$/u;
const JAPANESE_INACTIVE_AFTER = /^[^,.!?]{0,8}(?:ていない|てない|していない|なし|無し|ない|休眠)/u;
/** "最後の購入から90日以上たった": a span since the last purchase is inactivity, however it ends. */
const JAPANESE_SINCE_LAST_BEFORE =
  /(?:最後の|最終|前回の?)(?:購入|注文|買い物|ご購入|ご注文)(?:日)?(?:から|より)\s*$/u;

/** Latin words after a duration that tie it to the audience: "90 days without a purchase", "3 months inactive". */
const INACTIVE_AFTER =
  /^\+?\s*(?:ago|or more|or longer|plus|without|with no|inactive|lapsed|no purchase|since|sin compra\w*|sem compra\w*|ohne kauf|ohne bestellung|sans achat|inaktiv\w*|inactif\w*|inactiv\w*|inativ\w*|nicht|nichts|keine?)(?![a-z])/;

/** "in the last 30 days", "in den letzten 30 Tagen", "ces 30 derniers jours": a window up to now. */
const LAST_WINDOW_BEFORE =
  /(?<![a-z])(?:last|past|previous|letzten|vergangenen|derniers|dernieres|ultimos|ultimas)\s*$/;
const LAST_WINDOW_AFTER = /^\s*(?:derniers|dernieres|passes|passees)(?![a-z])/;

type Recency = 'active' | 'inactive' | 'unrelated';

/**
 * Whether a duration describes the audience, and how: "bought in the last 30 days" is a recency window,
 * "haven't bought in 90 days" an inactivity span, "the sale ends in 2 weeks" has nothing to do with the audience.
 */
function recencyOf(folded: string, duration: DurationMention): Recency {
  const before = folded.slice(Math.max(0, duration.start - 45), duration.start);
  const clause = before.split(/[.;!?\n]/).pop() ?? '';
  const after = folded.slice(duration.end, duration.end + 24);
  if (JAPANESE_INACTIVE_AFTER.test(after) || JAPANESE_SINCE_LAST_BEFORE.test(before)) return 'inactive';
  if (JAPANESE_ACTIVE_AFTER.test(after) || JAPANESE_RECENT_BEFORE.test(before)) return 'active';
  const inactive = INACTIVE_BEFORE.test(clause) || INACTIVE_AFTER.test(after);
  if (ACTIVE_BEFORE.test(clause) && !inactive) return 'active';
  if (!inactive && (LAST_WINDOW_BEFORE.test(clause) || LAST_WINDOW_AFTER.test(after))) return 'active';
  if (inactive) return 'inactive';
  const aboutPeople =
    AUDIENCE_NOUNS.has(clause) || findCohorts(clause).length > 0 || /購入|顧客|会員/u.test(after);
  return aboutPeople ? 'inactive' : 'unrelated';
}

/** The audience of a drafting or segmentation request. */
export function findAudience(folded: string): Audience {
  const cohortMention = findCohorts(folded).find(
    (mention) => !isNegated(folded, mention.match.start, mention.match.end),
  );
  const method = detectSegmentMethod(folded);
  let inactiveDays: number | undefined;
  let activeWithinDays: number | undefined;
  for (const duration of findDurations(folded)) {
    const recency = recencyOf(folded, duration);
    if (recency === 'unrelated') continue;
    const days = Math.min(MAX_SEGMENT_DAYS, duration.days);
    if (recency === 'active') activeWithinDays = days;
    else inactiveDays = days;
    break;
  }
  // "inactive for 90 days" already says lapsed through inactiveDays; the cohort would only narrow it twice.
  const cohort =
    cohortMention?.cohort === 'lapsed' && inactiveDays !== undefined ? undefined : cohortMention?.cohort;
  return {
    ...(cohort === undefined ? {} : { cohort }),
    ...(method === undefined ? {} : { method }),
    ...(inactiveDays === undefined ? {} : { inactiveDays }),
    ...(activeWithinDays === undefined ? {} : { activeWithinDays }),
    ...thresholds(folded),
  };
}
