/**
 * Reads one unsigned LEB128 varint at `offset`: the delta-coded row and feature indices of the shipped
 * model files (intent planner, harm classifier). Returns the value and the offset after it.
 */
export function readVarint(bytes: Uint8Array, offset: number): { value: number; next: number } {
  let value = 0;
  let shift = 0;
  let at = offset;
  for (;;) {
    const byte = bytes[at] ?? 0;
    at += 1;
    value |= (byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return { value, next: at };
    shift += 7;
  }
}
