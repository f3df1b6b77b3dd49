/** Sales regions of the sample customer base, and the words people use for them. */
const REGION_ALIASES: Readonly<Record<string, readonly string[]>> = {
  NA: ['na', 'north america', 'northamerica', 'us', 'usa', 'united states', 'america', 'canada'],
  EMEA: [
    'emea',
    'europe',
    'eu',
    'uk',
    'united kingdom',
    'germany',
    'france',
    'spain',
    'middle east',
    'africa',
  ],
  APAC: ['apac', 'asia', 'asia pacific', 'asia-pacific', 'japan', 'australia', 'singapore', 'india'],
  LATAM: ['latam', 'latin america', 'south america', 'brazil', 'mexico', 'argentina', 'chile'],
};

/**
 * Canonical region for a user-supplied name ("Europe" → "EMEA"); names that are not known are
 * returned trimmed, and compared case-insensitively with the data.
 */
export function canonicalRegion(input: string): string {
  const folded = input.trim().toLowerCase().replace(/\s+/g, ' ');
  for (const [region, aliases] of Object.entries(REGION_ALIASES)) {
    if (aliases.includes(folded)) return region;
  }
  return input.trim();
}

/** Case-insensitive region matcher, built once per request (it runs on every row). */
export function regionMatcher(region: string): (candidate: string) => boolean {
  const wanted = region.trim().toLowerCase();
  return (candidate) => candidate === region || candidate.trim().toLowerCase() === wanted;
}
