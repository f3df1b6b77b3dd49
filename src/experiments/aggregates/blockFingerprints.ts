/**
 * Block fingerprints (16 hex = 8 bytes each) packed into table properties: base64 of the concatenated bytes,
 * a whole number of fingerprints per property so every property decodes on its own.
 */
export const FINGERPRINTS_PER_PROPERTY = 2800; // 22,400 bytes → 29,868 base64 characters (< 32K limit)
export const PROPERTIES_PER_ROW = 14; // ≈ 420K characters per row, well under the 1 MiB entity limit

export function packFingerprints(fingerprints: readonly string[]): string[] {
  const properties: string[] = [];
  for (let start = 0; start < fingerprints.length; start += FINGERPRINTS_PER_PROPERTY) {
    const slice = fingerprints.slice(start, start + FINGERPRINTS_PER_PROPERTY);
    properties.push(Buffer.from(slice.join(''), 'hex').toString('base64'));
  }
  return properties;
}

export function unpackFingerprints(property: string): string[] {
  const hex = Buffer.from(property, 'base64').toString('hex');
  const fingerprints: string[] = [];
  for (let start = 0; start + 16 <= hex.length; start += 16) fingerprints.push(hex.slice(start, start + 16));
  return fingerprints;
}
