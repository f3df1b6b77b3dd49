import {
  assignmentRequestSchema,
  parseAssignmentRequest,
} from '../../../src/experiments/assignment/assignmentRequest';
import { seededRandom } from '../../stats/support/random';

const VALUES: unknown[] = [
  undefined,
  null,
  true,
  0,
  -0,
  1,
  2.5,
  -3,
  1e21,
  '',
  'x',
  'exp',
  [],
  [0.5, 0.5],
  [0.5, '0.5'],
  [1, null],
  { a: 1 },
  NaN,
];

describe('parseAssignmentRequest', () => {
  it('agrees with the zod schema on 20,000 random objects (the hand-checked fast path changes nothing)', () => {
    const random = seededRandom(13);
    const pick = (): unknown => VALUES[Math.floor(random() * VALUES.length)];
    for (let run = 0; run < 20000; run++) {
      const candidate: Record<string, unknown> = {};
      for (const key of ['experiment', 'id', 'weights', 'variations', 'coverage', 'seed', 'extra']) {
        if (random() < 0.7) candidate[key] = pick();
      }
      if (random() < 0.5) candidate.experiment = 'exp';
      if (random() < 0.5) candidate.id = `user-${run}`;
      if (random() < 0.5) candidate.weights = [0.5, 0.5];
      const zod = assignmentRequestSchema.safeParse(candidate);
      const ours = parseAssignmentRequest(candidate);
      expect(ours.success).toBe(zod.success);
      if (ours.success && zod.success) expect(ours.request).toEqual(zod.data);
    }
  });

  it('names the failing fields', () => {
    expect(parseAssignmentRequest({ id: 'u' })).toEqual({
      success: false,
      error: 'experiment: is required',
    });
    expect(parseAssignmentRequest({ experiment: 'e', id: 'u' })).toEqual({
      success: false,
      error: 'weights: is required (or give variations, the number of variations)',
    });
    expect(parseAssignmentRequest({ experiment: 'e', weights: [0.5] })).toEqual({
      success: false,
      error: 'id: is required',
    });
    expect(parseAssignmentRequest({ experiment: 'e', id: 'u', weights: [0.5, Infinity] })).toEqual({
      success: false,
      error: 'weights[1]: must be a finite number',
    });
    expect(parseAssignmentRequest({ experiment: 'e', id: 'u', variations: 2.5 })).toEqual({
      success: false,
      error: 'variations: must be a whole number',
    });
  });
});
