import { waldInference } from '../../src/stats/waldInference';
import { expectClose, expectIntervalClose } from './support/expectClose';

/** Oracle: R 4.2.2 qnorm/pnorm/qt/pt (options(digits = 17)). */
describe('waldInference', () => {
  it('z: 0.3 ± qnorm(0.975)*0.2, p = 2*pnorm(-1.5) = 0.13361440253771617', () => {
    const test = waldInference({ estimate: 0.3, standardError: 0.2, alpha: 0.05 });
    expectIntervalClose(test.ci, [0.3 - 1.9599639845400536 * 0.2, 0.3 + 1.9599639845400536 * 0.2]);
    expectClose(test.pValue, 0.13361440253771617);
  });

  it('t: df 7, 2*pt(-1.5, 7) = 0.17729848698997003, qt(0.95, 7) = 1.8945786050900062', () => {
    const test = waldInference({ estimate: -0.3, standardError: 0.2, alpha: 0.1, degreesOfFreedom: 7 });
    expectIntervalClose(test.ci, [-0.3 - 1.8945786050900062 * 0.2, -0.3 + 1.8945786050900062 * 0.2]);
    expectClose(test.pValue, 0.17729848698997003);
  });

  it('keeps tiny p-values and tiny alphas precise: 2*pnorm(-12) = 3.5529642241553581e-33, qnorm(1e-20/2, lower.tail = FALSE) = 9.3360448492340584', () => {
    const test = waldInference({ estimate: 12, standardError: 1, alpha: 1e-20 });
    expectClose(test.pValue, 3.5529642241553581e-33, 1e-12, 0);
    expectIntervalClose(test.ci, [12 - 9.3360448492340584, 12 + 9.3360448492340584]);
  });

  it('rejects a negative standard error and a non-finite estimate', () => {
    expect(() => waldInference({ estimate: 1, standardError: -1, alpha: 0.05 })).toThrow(
      'waldInference: standardError: must not be negative',
    );
    expect(() => waldInference({ estimate: NaN, standardError: 1, alpha: 0.05 })).toThrow(
      'waldInference: estimate: must be a number',
    );
  });
});
