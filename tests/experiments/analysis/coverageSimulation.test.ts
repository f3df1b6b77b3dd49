import { analyzeExperiment } from '../../../src/experiments/analysis/analyzeExperiment';
import { parseAnalyzeInput } from '../../../src/experiments/analysis/analyzeInput';
import type { TreatmentArmResult } from '../../../src/experiments/analysis/analyzeOutput';
import { binomialDraw, seededRandom } from '../../stats/support/random';

/**
 * Frequentist check of the whole analyze path: with a true relative lift of 12% (10% → 11.2%), the
 * 95% delta-method interval for the relative lift must cover 0.12 in at least 93% of 200 simulated
 * experiments (nominal 95%; the binomial spread of 200 runs is ±1.5%). Seeded, so deterministic.
 */
describe('relative-lift interval coverage (simulation)', () => {
  it('covers the true 12% lift in ≥ 93% of 200 runs', () => {
    const random = seededRandom(20240612);
    const users = 40000;
    const baseline = 0.1;
    const lift = 0.12;
    let relativeCovered = 0;
    let absoluteCovered = 0;
    const runs = 200;
    for (let run = 0; run < runs; run++) {
      const result = analyzeExperiment(
        parseAnalyzeInput({
          metric: 'binomial',
          control: 'A',
          arms: [
            { name: 'A', users, conversions: binomialDraw(random, users, baseline) },
            { name: 'B', users, conversions: binomialDraw(random, users, baseline * (1 + lift)) },
          ],
        }),
      );
      const treatment = result.arms[1] as TreatmentArmResult;
      const relative = treatment.relative.ci;
      if (relative && relative[0] <= lift && lift <= relative[1]) relativeCovered++;
      const absolute = treatment.absolute.ci;
      if (absolute[0] <= baseline * lift && baseline * lift <= absolute[1]) absoluteCovered++;
    }
    expect(relativeCovered / runs).toBeGreaterThanOrEqual(0.93);
    expect(absoluteCovered / runs).toBeGreaterThanOrEqual(0.93);
  });
});
