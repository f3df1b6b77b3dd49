/**
 * The load generator of the bot-under-load benchmark (bench/botLoad.bench.ts). Run as a child process (see
 * `startLoadClient`) so sending and timing requests never competes with the bot for its event loop; the
 * request helpers are also used in the bench process for the sequential measurements.
 */
import { fork, type ChildProcess } from 'node:child_process';

export const REQUEST_TIMEOUT_MS = 30_000;
export const MARKETER = {
  id: 'user-id-0',
  aadObjectId: '00000000-0000-0000-0000-0000000000020',
  name: 'Alex Wilber',
};
export const APPROVERS = [
  { id: 'user-id-1', aadObjectId: '00000000-0000-0000-0000-0000000000021', name: 'Megan Bowen' },
  { id: 'user-id-2', aadObjectId: '00000000-0000-0000-0000-0000000000022', name: 'Adele Vance' },
];
export const DRAFTS = [
  "draft a win-back email for customers who haven't bought in 90 days, promote the spring sale, 3 variants",
  'Create two SMS messages for lapsed customers about free shipping',
  'draft 2 emails for VIP customers about the spring sale',
];
export const QUESTIONS = ['show me pending approvals', "what's running?", 'help', 'show my campaigns'];

export type User = typeof MARKETER;
export interface VariantRef {
  campaignId: string;
  variantId: string;
}
export interface Sample {
  kind: 'draft' | 'approve' | 'question';
  ms: number;
  ok: boolean;
  busy: boolean;
}
export interface Click {
  ref: VariantRef;
  approver: User;
  confirmed: boolean;
}
export interface LoadResult {
  samples: Sample[];
  clicks: Click[];
  /** Approval clicks not sent: no approvable variant was left (drafts too slow to supply them). */
  skippedClicks: number;
  /** The approvable variants left after the run (the next run clicks them). */
  pool: VariantRef[];
}
interface LoadRequest {
  port: number;
  rate: number;
  seconds: number;
  pool: VariantRef[];
}

const CHILD_FLAG = '--cpo-load-client';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function post(
  port: number,
  activity: Record<string, unknown>,
): Promise<{ status: number; body: string }> {
  const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    body: JSON.stringify({
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/',
      recipient: { id: 'bot', name: 'Campaign Assistant' },
      id: `act-${Math.random().toString(36).slice(2)}`,
      timestamp: new Date().toISOString(),
      ...(activity.type === 'invoke' ? {} : { deliveryMode: 'expectReplies' }),
      ...activity,
    }),
  });
  return { status: response.status, body: await response.text() };
}

export const say = (port: number, user: User, text: string, conversation: string) =>
  post(port, {
    type: 'message',
    text,
    from: { id: user.id, aadObjectId: user.aadObjectId, name: user.name },
    conversation: { id: conversation, conversationType: 'personal' },
  });

export const click = (port: number, user: User, ref: VariantRef) =>
  post(port, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb: 'approveVariant', data: ref } },
    from: { id: user.id, aadObjectId: user.aadObjectId, name: user.name },
    conversation: { id: `review-${user.id}`, conversationType: 'personal' },
  });

/** The approvable variants a draft reply offers (its cards' approve buttons). */
export function refsOf(body: string): VariantRef[] {
  const refs: VariantRef[] = [];
  const pattern = /"verb":"approveVariant"[^{}]*?"data":\{"campaignId":"([^"]+)","variantId":"([^"]+)"/g;
  for (const match of body.matchAll(pattern)) refs.push({ campaignId: match[1]!, variantId: match[2]! });
  return refs;
}

/** The bot's "come back later" answers: fast, but not a success. */
export const BUSY = /busy|taking longer than it should|faster than I can handle/i;

/**
 * Sends `rate` requests per second for `seconds`, on a fixed schedule whatever the answers: 40 % drafts,
 * 30 % approval clicks (on variants drafted before or during the run), 30 % questions.
 */
export async function openLoop(request: LoadRequest): Promise<LoadResult> {
  const { port, rate, seconds } = request;
  const pool = [...request.pool];
  const total = Math.round(rate * seconds);
  const samples: Sample[] = [];
  const clicks: Click[] = [];
  const skipped = { count: 0 };
  const inFlight: Array<Promise<void>> = [];
  const started = performance.now();
  for (let index = 0; index < total; index += 1) {
    const due = started + (index * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const roll = index % 10;
    const kind: Sample['kind'] = roll < 4 ? 'draft' : roll < 7 ? 'approve' : 'question';
    inFlight.push(
      (async () => {
        const sent = performance.now();
        let ok = false;
        let busy = false;
        try {
          if (kind === 'draft') {
            const reply = await say(port, MARKETER, DRAFTS[index % DRAFTS.length]!, `load-${index % 8}`);
            busy = BUSY.test(reply.body);
            ok = reply.status === 200 && !busy;
            pool.push(...refsOf(reply.body));
          } else if (kind === 'approve') {
            // Mostly fresh variants; every fifth click repeats one (same approver) to test idempotency.
            const ref = index % 5 === 0 ? pool[0] : pool.pop();
            const approver = APPROVERS[index % APPROVERS.length]!;
            if (ref) {
              const reply = await click(port, approver, ref);
              busy = BUSY.test(reply.body);
              ok = reply.status === 200 && !busy;
              const confirmed = /Approved by|Approval recorded/.test(reply.body);
              clicks.push({ ref, approver, confirmed });
            } else {
              skipped.count += 1;
              return;
            }
          } else {
            const user = index % 2 === 0 ? APPROVERS[0]! : MARKETER;
            const reply = await say(port, user, QUESTIONS[index % QUESTIONS.length]!, `ask-${user.id}`);
            busy = BUSY.test(reply.body);
            ok = reply.status === 200 && !busy;
          }
        } catch {
          ok = false;
        }
        samples.push({ kind, ms: performance.now() - sent, ok, busy });
      })(),
    );
  }
  await Promise.all(inFlight);
  return { samples, clicks, skippedClicks: skipped.count, pool };
}

/** A load generator in its own Node process (through tsx's loader, like the bench itself). */
export class LoadClient {
  private constructor(private readonly child: ChildProcess) {}

  static start(): LoadClient {
    const child = fork(__filename, [CHILD_FLAG], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new LoadClient(child);
  }

  run(request: LoadRequest): Promise<LoadResult> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the load generator exited (${code})`));
      this.child.once('exit', onExit);
      this.child.once('message', (result) => {
        this.child.off('exit', onExit);
        resolve(result as LoadResult);
      });
      this.child.send(request);
    });
  }

  stop(): void {
    this.child.disconnect();
  }
}

// As a child: run each requested load and send back its result; leave when the parent disconnects.
if (process.argv.includes(CHILD_FLAG) && process.send) {
  process.on('message', (request: LoadRequest) => {
    void openLoop(request).then((result) => process.send?.(result));
  });
}
