/**
 * Audience conditions beyond cohorts and recency: the region the data knows ("in EMEA") and the
 * conditions it cannot express ("everyone who bought boots": there is no purchase history per
 * product), which segment_customers reports as not applied instead of dropping them silently.
 * Works on the `matched` view (lower case, no accents).
 */

/** The regions of the customer data, with the names people use for them. */
const REGIONS: ReadonlyArray<readonly [string, RegExp]> = [
  ['EMEA', /(?<![a-z])(?:emea|europe|europa|european|europaischen?|europeens?)(?![a-z])|欧州|ヨーロッパ/u],
  [
    'NA',
    /(?<![a-z])(?:north america|north american|norteamerica|nordamerika|amerique du nord|america del norte|america do norte|usa|the us|us customers|canada)(?![a-z])|北米/u,
  ],
  ['APAC', /(?<![a-z])(?:apac|asia|asia-pacific|asien|asie)(?![a-z])|アジア/u],
  [
    'LATAM',
    /(?<![a-z])(?:latam|latin america|lateinamerika|amerique latine|america latina|latinoamerica)(?![a-z])|中南米|ラテンアメリカ/u,
  ],
];

export function findRegion(matched: string): string | undefined {
  return REGIONS.find(([, pattern]) => pattern.test(matched))?.[0];
}

/** Purchase history by product: "who bought boots", "die Stiefel gekauft haben", "ブーツを買った". */
const BOUGHT_PRODUCT: readonly RegExp[] = [
  /(?<![a-z])(?:who|that)\s+(?:have\s+|has\s+)?(?:bought|purchased|ordered)\s+(?<what>(?:a |an |the |some )?[a-z][a-z -]{1,40}?)(?=$|[,.;!?]| (?:in|last|during|before|after|for|and|but|from|within|over|this|since)(?![a-z]))/,
  /(?<![a-z])(?:buyers|purchasers)\s+of\s+(?<what>[a-z][a-z -]{1,40}?)(?=$|[,.;!?]| (?:in|last|and|for)(?![a-z]))/,
  /(?<![a-z])die\s+(?<what>[a-z][a-z -]{1,40}?)\s+gekauft(?![a-z])/,
  /(?<![a-z])qui ont achete\s+(?<what>(?:des |du |de la |un |une )?[a-z][a-z -]{1,40}?)(?=$|[,.;!?]| (?:en|le|depuis|pour|et)(?![a-z]))/,
  /(?<![a-z])(?:que|quienes)\s+(?:compraron|han comprado|compraram)\s+(?<what>[a-z][a-z -]{1,40}?)(?=$|[,.;!?]| (?:en|el|desde|para|y|e|no|na)(?![a-z]))/,
  /(?<what>[\p{Script=Katakana}\p{Script=Han}ー]{1,12})を(?:買った|購入した)/u,
];

/** Conditions in the user's words that no segment_customers field can express. */
export function findUnsupportedConditions(matched: string): string[] {
  const found: string[] = [];
  for (const pattern of BOUGHT_PRODUCT) {
    const what = pattern.exec(matched)?.groups?.what?.trim();
    if (what === undefined || what === '') continue;
    // "who bought in the last 30 days" is recency, which segment_customers can express.
    if (/^(?:something|anything|recently|nothing|in|last|within)(?![a-z])/.test(what)) continue;
    found.push(`bought ${what.replace(/^(?:a|an|the|some|des|du|de la|un|une) /, '')}`);
    break;
  }
  return found;
}
