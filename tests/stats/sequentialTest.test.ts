import { sequentialRhoSquared, sequentialTest } from '../../src/stats/sequentialTest';
import { waldInference } from '../../src/stats/waldInference';
import { seededRandom } from './support/random';
import { expectClose, expectIntervalClose } from './support/expectClose';

/**
 * Oracle: R 4.2.2, GrowthBook's confidence sequence written out (gbstats sequential_rho /
 * sequential_interval_halfwidth and the eq. 155 p-value):
 *   seqci <- function(d, se, N, tuning = 5000, alpha = 0.05) {
 *     rho2 <- (-2*log(alpha) + log(1 - 2*log(alpha)))/tuning
 *     hw <- sqrt(se^2*N)*sqrt(2*(N*rho2 + 1)/(N^2*rho2)*log(sqrt(N*rho2 + 1)/alpha))
 *     p <- min(1, sqrt(N*rho2 + 1)*exp(-rho2*N*d^2/(2*se^2*(N*rho2 + 1))))
 *     c(rho2, d - hw, d + hw, p) }
 */
describe('sequentialTest (always-valid confidence sequence)', () => {
  it('seqci(0.02, se(0.1 vs 0.12, 1000 each), 2000)', () => {
    const se = Math.sqrt((0.1 * 0.9) / 1000 + (0.12 * 0.88) / 1000);
    expectClose(sequentialRhoSquared(0.05, 5000), 0.0015872309203475131);
    const test = sequentialTest({
      estimate: 0.02,
      standardError: se,
      totalUsers: 2000,
      tuning: 5000,
      alpha: 0.05,
    });
    expectIntervalClose(test.ci, [-0.0236882590765192767, 0.0636882590765192741]);
    expectClose(test.pValue, 0.9388856039651476415);
  });

  it('seqci(0.008, se(0.1 vs 0.108, 50000 each), 100000, 10000, 0.1)', () => {
    const se = Math.sqrt((0.1 * 0.9) / 50000 + (0.108 * 0.892) / 50000);
    expectClose(sequentialRhoSquared(0.1, 10000), 0.00063288596052962353);
    const test = sequentialTest({
      estimate: 0.008,
      standardError: se,
      totalUsers: 100000,
      tuning: 10000,
      alpha: 0.1,
    });
    expectIntervalClose(test.ci, [0.00223855296231162838, 0.01376144703768837282]);
    expectClose(test.pValue, 0.00170979105889427032);
  });

  it('seqci(0.5, 0.2, 300)', () => {
    const test = sequentialTest({
      estimate: 0.5,
      standardError: 0.2,
      totalUsers: 300,
      tuning: 5000,
      alpha: 0.05,
    });
    expectIntervalClose(test.ci, [-0.3895264570766356904, 1.3895264570766356904]);
    expectClose(test.pValue, 0.4433885031467270643);
  });

  it('is wider than the fixed-horizon interval and agrees with its own p-value', () => {
    const random = seededRandom(11);
    for (let run = 0; run < 500; run++) {
      const estimate = (random() - 0.5) * 0.1;
      const standardError = 0.001 + random() * 0.03;
      const totalUsers = 50 + Math.floor(random() * 1e6);
      const alpha = [0.01, 0.05, 0.1][run % 3] ?? 0.05;
      const tuning = [1000, 5000, 20000][run % 3] ?? 5000;
      const sequential = sequentialTest({ estimate, standardError, totalUsers, tuning, alpha });
      const fixed = waldInference({ estimate, standardError, alpha });
      expect(sequential.ci[1] - sequential.ci[0]).toBeGreaterThan(fixed.ci[1] - fixed.ci[0]);
      const excludesZero = sequential.ci[0] > 0 || sequential.ci[1] < 0;
      expect(sequential.pValue < alpha).toBe(excludesZero);
      expect(sequential.pValue).toBeGreaterThanOrEqual(fixed.pValue);
    }
  });

  it('collapses to the estimate without noise', () => {
    expect(
      sequentialTest({ estimate: 0, standardError: 0, totalUsers: 10, tuning: 5000, alpha: 0.05 }),
    ).toEqual({
      estimate: 0,
      standardError: 0,
      ci: [0, 0],
      pValue: 1,
    });
  });

  it('rejects a non-positive tuning parameter', () => {
    expect(() =>
      sequentialTest({ estimate: 0, standardError: 1, totalUsers: 10, tuning: 0, alpha: 0.05 }),
    ).toThrow('sequentialTest: tuning: must be greater than 0');
  });
});
