import { withTimeout } from '../../src/security/withTimeout';

describe('withTimeout (turn timeout)', () => {
  it('returns the value of work that finishes in time', async () => {
    await expect(withTimeout(Promise.resolve(7), 1000)).resolves.toEqual({ finished: true, value: 7 });
  });

  it('stops waiting for slow work, and a late failure is not an unhandled rejection', async () => {
    const slow = new Promise<number>((_resolve, reject) => setTimeout(() => reject(new Error('late')), 50));
    await expect(withTimeout(slow, 5)).resolves.toEqual({ finished: false });
    await new Promise((resolve) => setTimeout(resolve, 80));
  });

  it('passes on a failure that happens in time', async () => {
    await expect(withTimeout(Promise.reject(new Error('boom')), 1000)).rejects.toThrow('boom');
  });
});
