import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface TurnLimits {
  userTurnsPerMinute: number;
  conversationTurnsPerMinute: number;
}

export type Admission =
  { admitted: true } | { admitted: false; retryAfterSeconds: number; scope: 'user' | 'conversation' };

/**
 * Per-user and per-conversation turn budgets (in memory, per instance): a flood from one user or one group chat
 * cannot starve everyone else of the planner, the agents and the table store.
 */
export class TurnRateLimiter {
  private readonly users: RateLimiterMemory;
  private readonly conversations: RateLimiterMemory;

  constructor(limits: TurnLimits) {
    this.users = new RateLimiterMemory({
      keyPrefix: 'user',
      points: limits.userTurnsPerMinute,
      duration: 60,
    });
    this.conversations = new RateLimiterMemory({
      keyPrefix: 'conversation',
      points: limits.conversationTurnsPerMinute,
      duration: 60,
    });
  }

  async admit(userId: string, conversationId: string): Promise<Admission> {
    const user = await consume(this.users, userId);
    if (user !== undefined) return { admitted: false, retryAfterSeconds: user, scope: 'user' };
    const conversation = await consume(this.conversations, conversationId);
    if (conversation !== undefined) {
      return { admitted: false, retryAfterSeconds: conversation, scope: 'conversation' };
    }
    return { admitted: true };
  }
}

/** Seconds to wait when the budget is spent, undefined when the point was granted. */
async function consume(limiter: RateLimiterMemory, key: string): Promise<number | undefined> {
  try {
    await limiter.consume(key);
    return undefined;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw rejection;
  }
}
