/**
 * 32-bit FNV-1a over the UTF-16 code units of `text` (as GrowthBook's `hashFnv32a`, which uses charCodeAt):
 *   h₀ = 0x811c9dc5;  hᵢ = (hᵢ₋₁ XOR unitᵢ) · 16777619  (mod 2³²);  result as an unsigned integer.
 * GrowthBook writes the multiplication as a sum of shifts; Math.imul gives the same low 32 bits.
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return hash >>> 0;
}
