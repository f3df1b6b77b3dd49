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

/**
 * Countries people name, with the region that contains them: the data has regions only, so "in Germany"
 * narrows to EMEA and the country itself is reported as not applied.
 */
const COUNTRIES: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'EMEA',
    /(?<![a-z])(?:in|en|em|aus|from|de|da|do|na|no)\s+(?:the\s+|la\s+|l'|el\s+|a\s+|o\s+|der\s+|den\s+)?(?<country>germany|deutschland|allemagne|alemania|alemanha|france|frankreich|francia|franca|spain|spanien|espagne|espana|espanha|portugal|italy|italien|italie|italia|uk|united kingdom|great britain|england|grossbritannien|royaume-uni|reino unido|netherlands|niederlande|pays-bas|austria|osterreich|switzerland|schweiz|suisse|suiza|suica|belgium|belgien|belgique)(?![a-z])/,
  ],
  [
    'NA',
    /(?<![a-z])(?:in|en|em|aus|from|au|no|na|de|do|da)\s+(?:the\s+|o\s+)?(?<country>united states|mexico|mexique|mexiko|canada|kanada)(?![a-z])/,
  ],
  [
    'APAC',
    /(?<![a-z])(?:in|en|em|aus|from|au|no|na|de|do|da)\s+(?:the\s+|o\s+)?(?<country>japan|japon|japao|australia|australien|australie|china|chine|korea|india|inde|singapore|singapur)(?![a-z])/,
  ],
  [
    'LATAM',
    /(?<![a-z])(?:in|en|em|aus|from|au|no|na|de|do|da|para|for|pour)\s+(?:the\s+|o\s+|le\s+|el\s+)?(?<country>brazil|brasilien|bresil|brasil|argentina|argentinien|argentine|chile|colombia|kolumbien|colombie|peru)(?![a-z])/,
  ],
];
/** "UK VIPs", "UK customers": the country as an adjective of the audience. */
const COUNTRY_ADJECTIVES: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'EMEA',
    /(?<![a-z])(?<country>uk|british)(?=\s+(?:vips?|customers?|shoppers?|buyers?|clients?|users?|members?|subscribers?)(?![a-z]))/,
  ],
];
const JAPANESE_COUNTRIES: ReadonlyArray<readonly [string, RegExp]> = [
  ['EMEA', /(?<country>ドイツ|フランス|スペイン|ポルトガル|イタリア|イギリス|英国)(?:の|在住|にいる)/u],
  [
    'APAC',
    /(?<country>日本|オーストラリア|中国|韓国|インド|シンガポール)(?:の|在住|にいる)(?:顧客|お客|会員|ユーザー|VIP|vip)/u,
  ],
  ['LATAM', /(?<country>ブラジル|アルゼンチン|チリ)(?:の|在住|にいる)/u],
  ['NA', /(?<country>カナダ|メキシコ|アメリカ)(?:の|在住|にいる)/u],
];

interface CountryMention {
  readonly region: string;
  readonly said: string;
}

function findCountry(matched: string): CountryMention | undefined {
  for (const [region, pattern] of [...COUNTRIES, ...COUNTRY_ADJECTIVES, ...JAPANESE_COUNTRIES]) {
    const match = pattern.exec(matched);
    if (match !== null)
      return {
        region,
        said: match[0].replace(/(?:の|在住|にいる)(?:顧客|お客|会員|ユーザー|VIP|vip)?$/u, ''),
      };
  }
  return undefined;
}

export function findRegion(matched: string): string | undefined {
  return REGIONS.find(([, pattern]) => pattern.test(matched))?.[0] ?? findCountry(matched)?.region;
}

/** Purchase history by product: "who bought boots", "die Stiefel gekauft haben", "ブーツを買った". */
const BOUGHT_PRODUCT: readonly RegExp[] = [
  /(?<![a-z])(?:who|that)\s+(?:have\s+|has\s+)?(?:bought|purchased|ordered)\s+(?<what>(?:a |an |the |some )?[a-z][a-z -]{1,40}?)(?=$|[,.;!?→>]|\s+[→>-]| (?:in|last|during|before|after|for|and|but|from|within|over|this|since)(?![a-z]))/,
  /(?<![a-z])(?:buyers|purchasers)\s+of\s+(?<what>[a-z][a-z -]{1,40}?)(?=$|[,.;!?→>]|\s+[→>-]| (?:in|last|and|for)(?![a-z]))/,
  /(?<![a-z])die\s+(?<what>[a-z][a-z -]{1,40}?)\s+gekauft(?![a-z])/,
  /(?<![a-z])qui ont achete\s+(?<what>(?:des |du |de la |un |une )?[a-z][a-z -]{1,40}?)(?=$|[,.;!?→>]|\s+[→>-]| (?:en|le|depuis|pour|et)(?![a-z]))/,
  /(?<![a-z])(?:que|quienes|quem)\s+(?:compraron|compro|han comprado|compraram|comprou|ja comprou)\s+(?<what>[a-z][a-z -]{1,40}?)(?=$|[,.;!?→>]|\s+[→>-]| (?:en|el|desde|para|y|e|no|na)(?![a-z]))/,
  /(?<what>[\p{Script=Katakana}\p{Script=Han}ー]{1,12})を(?:買った|購入した)/u,
];

/** Conditions in the user's words that no segment_customers field can express. */
export function findUnsupportedConditions(matched: string): string[] {
  const found: string[] = [];
  const country = findCountry(matched);
  if (country !== undefined) found.push(country.said);
  for (const pattern of BOUGHT_PRODUCT) {
    const what = pattern.exec(matched)?.groups?.what?.trim();
    if (what === undefined || what === '') continue;
    // "who bought in the last 30 days" is recency, which segment_customers can express.
    // "who bought once" / "que compraron una vez" is the one_time cohort, not a product.
    if (
      /^(?:something|anything|recently|nothing|in|last|within|once|twice|uma vez|una vez|una sola|uma so|algo|alguma coisa|nada)(?![a-z])/.test(
        what,
      )
    )
      continue;
    found.push(
      `bought ${what.replace(/^(?:a|an|the|some|des|du|de la|un|une|una|unos|unas|um|uma|uns|umas|ein|eine|einen|einem) /, '')}`,
    );
    break;
  }
  return found;
}
