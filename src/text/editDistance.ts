/** True when `a` and `b` differ by exactly one insertion, deletion, substitution or adjacent swap ("emial" / "email"). */
export function isOneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const lengthGap = a.length - b.length;
  if (Math.abs(lengthGap) > 1) return false;
  if (lengthGap === 0) {
    let first = -1;
    let second = -1;
    for (let index = 0; index < a.length; index += 1) {
      if (a[index] === b[index]) continue;
      if (first === -1) first = index;
      else if (second === -1) second = index;
      else return false;
    }
    if (second === -1) return true;
    return second === first + 1 && a[first] === b[second] && a[second] === b[first];
  }
  const [longer, shorter] = lengthGap > 0 ? [a, b] : [b, a];
  let skipped = false;
  for (let i = 0, j = 0; i < longer.length; i += 1) {
    if (longer[i] === shorter[j]) {
      j += 1;
      continue;
    }
    if (skipped) return false;
    skipped = true;
  }
  return true;
}
