/**
 * Asserts |actual − expected| ≤ max(absolute, relative·|expected|). The statistics contract asks for
 * 1e-6 where the formula is exact; most goldens here hold to 1e-9 or better.
 */
export function expectClose(
  actual: number | null | undefined,
  expected: number,
  relative = 1e-9,
  absolute = 1e-12,
): void {
  if (typeof actual !== 'number' || !Number.isFinite(actual)) {
    throw new Error(`expected a finite number close to ${expected}, got ${String(actual)}`);
  }
  const tolerance = Math.max(absolute, relative * Math.abs(expected));
  if (!(Math.abs(actual - expected) <= tolerance)) {
    throw new Error(
      `expected ${expected} ± ${tolerance}, got ${actual} (off by ${Math.abs(actual - expected)})`,
    );
  }
}

export function expectIntervalClose(
  actual: readonly [number, number] | null | undefined,
  expected: readonly [number, number],
  relative = 1e-9,
  absolute = 1e-12,
): void {
  if (!actual)
    throw new Error(`expected an interval close to [${expected.join(', ')}], got ${String(actual)}`);
  expectClose(actual[0], expected[0], relative, absolute);
  expectClose(actual[1], expected[1], relative, absolute);
}
