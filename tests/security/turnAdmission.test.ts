import { TurnAdmission } from '../../src/bot/turnAdmission';

describe('TurnAdmission: bounded turns, a short queue, busy beyond', () => {
  it('lets turns in up to the limit, queues a few, refuses the rest at once', async () => {
    const admission = new TurnAdmission({ maxConcurrent: 2, maxWaitMs: 1_000, maxQueued: 1 });
    const first = await admission.enter();
    const second = await admission.enter();
    expect(first && second).toBeDefined();
    const queued = admission.enter();
    expect(await admission.enter()).toBeUndefined(); // queue full: told at once
    expect(admission.load).toEqual({ running: 2, waiting: 1 });
    first?.release();
    first?.release(); // a second release does nothing
    const admitted = await queued;
    expect(admitted).toBeDefined();
    expect(admission.load).toEqual({ running: 2, waiting: 0 });
    second?.release();
    admitted?.release();
    expect(admission.load).toEqual({ running: 0, waiting: 0 });
  });

  it('gives up on a waiting turn after maxWaitMs', async () => {
    const admission = new TurnAdmission({ maxConcurrent: 1, maxWaitMs: 20, maxQueued: 5 });
    const holder = await admission.enter();
    expect(await admission.enter()).toBeUndefined();
    expect(admission.load).toEqual({ running: 1, waiting: 0 });
    holder?.release();
    const next = await admission.enter();
    expect(next?.waitedMs).toBe(0);
  });

  it('tells new turns at once while the queue is standing (its oldest turn waited too long)', async () => {
    const admission = new TurnAdmission({
      maxConcurrent: 1,
      maxWaitMs: 1_000,
      maxQueued: 5,
      standingQueueMs: 10,
    });
    const holder = await admission.enter();
    const waiting = admission.enter();
    await new Promise((resolve) => setTimeout(resolve, 30));
    const started = Date.now();
    expect(await admission.enter()).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(100);
    holder?.release();
    (await waiting)?.release();
  });
});
