/** A turn let in: call `release` when it ends (once; later calls do nothing). */
export interface AdmittedTurn {
  release: () => void;
  /** How long it waited for a free place. */
  waitedMs: number;
}

export interface TurnAdmissionOptions {
  /** Turns doing work at the same time; more would only share the CPU and all answer late. */
  maxConcurrent: number;
  /** Longest a turn waits for a free place before the user is told the bot is busy. */
  maxWaitMs: number;
  /** Turns waiting at most; beyond that a new turn is told at once. */
  maxQueued: number;
  /**
   * When the turn waiting longest has waited this long, the queue is not draining: new turns are told at once
   * instead of waiting in vain (default a quarter of maxWaitMs).
   */
  standingQueueMs?: number;
}

interface Waiter {
  admit: (turn: AdmittedTurn) => void;
  timer: NodeJS.Timeout;
  since: number;
}

/**
 * Load shedding for the bot's turns: a bounded number run, a bounded queue waits briefly, and everything
 * beyond is refused at once (`undefined`), so an overloaded bot says "busy" in milliseconds instead of
 * answering everyone after Teams has given up.
 */
export class TurnAdmission {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly options: TurnAdmissionOptions) {}

  /** Turns running and waiting now (for logs and metrics). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  enter(): Promise<AdmittedTurn | undefined> {
    if (this.running < this.options.maxConcurrent) {
      this.running += 1;
      return Promise.resolve(this.admitted(0));
    }
    const oldest = this.waiting[0];
    const standing = this.options.standingQueueMs ?? this.options.maxWaitMs / 4;
    if (this.waiting.length >= this.options.maxQueued || (oldest && Date.now() - oldest.since > standing)) {
      return Promise.resolve(undefined);
    }
    return new Promise((resolve) => {
      const waiter: Waiter = {
        admit: resolve,
        since: Date.now(),
        timer: setTimeout(() => {
          const index = this.waiting.indexOf(waiter);
          if (index >= 0) this.waiting.splice(index, 1);
          resolve(undefined);
        }, this.options.maxWaitMs),
      };
      this.waiting.push(waiter);
    });
  }

  private admitted(waitedMs: number): AdmittedTurn {
    let released = false;
    return {
      waitedMs,
      release: () => {
        if (released) return;
        released = true;
        const next = this.waiting.shift();
        if (next) {
          clearTimeout(next.timer);
          next.admit(this.admitted(Date.now() - next.since)); // the place passes on; `running` is unchanged
        } else {
          this.running -= 1;
        }
      },
    };
  }
}
