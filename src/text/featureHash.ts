const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a over the UTF-16 code units of `text[start, end)`, seeded per feature kind so a word and a
 * character gram with the same letters land in different buckets. Shared by the hashed-feature models
 * (intent planner, harm classifier): a trained model depends on exactly this function.
 */
export function featureHash(text: string, seed: number, start = 0, end = text.length): number {
  let hash = (FNV_OFFSET ^ seed) >>> 0;
  for (let index = start; index < end; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}
