import { rulesOnlySafetyService, verdictOf } from './verdictOf';

export type VerdictOfText = (text: string) => Promise<string>;

/**
 * Probes of the local screener's rules (the classifier's effect on the same lines is measured in
 * the corpus report): every harmful line must be flagged, every benign neighbour must pass.
 */
export function describeRuleProbes(
  title: string,
  flagged: readonly string[],
  passing: readonly string[],
  more?: (verdictOfText: VerdictOfText) => void,
): void {
  const service = rulesOnlySafetyService();
  const verdictOfText: VerdictOfText = (text) => verdictOf(text, service);
  describe(title, () => {
    it.each(flagged)('flags %s', async (text) => {
      expect(await verdictOfText(text)).not.toBe('pass');
    });

    it.each(passing)('passes %s', async (text) => {
      expect(await verdictOfText(text)).toBe('pass');
    });

    more?.(verdictOfText);
  });
}
