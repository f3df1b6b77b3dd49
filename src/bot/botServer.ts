import * as restify from 'restify';
import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import type { TeamsAdapter, Application, TurnState } from '@microsoft/teams-ai';
import type { Logger } from '../shared/logger';
import {
  handleEngagementWebhook,
  type EngagementWebhookDeps,
} from '../experiments/ingestion/handleEngagementWebhook';
import type { ReadinessReport } from '../operations/dependencyChecks';
import { isLoopbackAddress, type ExposureMode } from '../security/listenAddress';
import type { TurnRateLimiter } from '../security/turnRateLimiter';
import { withTimeout } from '../security/withTimeout';
import { botMetrics } from '../telemetry/metrics';
import { withSpan } from '../telemetry/tracer';
import { checkActivityEnvelope } from './activityEnvelope';
import { TurnAdmission } from './turnAdmission';
import { turnTranslator } from './turnLanguage';

export interface BotServerLimits {
  /** Largest request body on any route; larger requests get 413 before they are read. */
  maxBodyBytes: number;
  /** Longest a turn may keep the HTTP request open; then the user gets an apology (never past Teams' limit). */
  turnTimeoutMs: number;
  /** Turns doing work at once (default 8); more wait briefly, then are told the bot is busy. */
  maxConcurrentTurns?: number;
  /** Longest a turn waits for a free place before the busy answer (default 1 s). */
  maxTurnWaitMs?: number;
  /** Turns waiting at most (default maxConcurrentTurns); beyond, the busy answer comes at once. */
  maxQueuedTurns?: number;
}

/**
 * Teams stops waiting for a bot's answer after 15 s; the apology must leave before that, with room for the
 * reply to travel.
 */
const TEAMS_ANSWER_BUDGET_MS = 12_000;

export interface BotServerDependencies {
  adapter: TeamsAdapter;
  app: Application<TurnState>;
  logger: Logger;
  /** Every configured dependency, checked now (GET /readyz). */
  readiness: () => Promise<ReadinessReport>;
  /** Azure Event Grid delivery of ACS email engagement events. */
  engagement: EngagementWebhookDeps;
  /** `anonymous-loopback` also refuses any request whose peer is not loopback (defence in depth). */
  exposure: ExposureMode;
  limits: BotServerLimits;
  rateLimiter?: TurnRateLimiter;
  /** Validates the Authorization header for the activity (throws when it is not valid); authenticated mode only. */
  authenticate?: (activity: Activity, authorization: string) => Promise<void>;
}

// Told in the language of the message (bot.tooMany, bot.busy, bot.tooSlow). The work is not cancelled on a
// timeout, so that message cannot promise nothing happened: it says where to look.

/** Turns that do work (and so count against the rate limits): messages and invokes. */
function isWorkTurn(context: TurnContext): boolean {
  return context.activity.type === ActivityTypes.Message || context.activity.type === ActivityTypes.Invoke;
}

/**
 * HTTP surface: POST /api/messages (Bot Framework), POST|OPTIONS /api/engagement (Event Grid), GET /healthz
 * (liveness: the process answers) and GET /readyz (every configured dependency reachable now).
 */
export function createBotServer(deps: BotServerDependencies): restify.Server {
  const { logger, limits } = deps;
  const maxConcurrent = limits.maxConcurrentTurns ?? 8;
  const admission = new TurnAdmission({
    maxConcurrent,
    maxWaitMs: limits.maxTurnWaitMs ?? 1_000,
    maxQueued: limits.maxQueuedTurns ?? maxConcurrent,
  });
  const turnBudgetMs = Math.min(limits.turnTimeoutMs, TEAMS_ANSWER_BUDGET_MS);
  const server = restify.createServer({
    name: 'customer-personalization-orchestrator',
    handleUncaughtExceptions: false,
  });

  server.pre((req, res, next) => {
    if (deps.exposure === 'anonymous-loopback' && !isLoopbackAddress(req.socket.remoteAddress)) {
      res.send(401, { error: 'anonymous mode accepts loopback requests only' });
      return next(false);
    }
    const declared = Number(req.headers['content-length'] ?? '0');
    if (Number.isFinite(declared) && declared > limits.maxBodyBytes) {
      res.header('connection', 'close');
      res.send(413, { error: `request body over ${limits.maxBodyBytes} bytes` });
      return next(false);
    }
    return next();
  });
  // Chunked bodies without a length are cut off by the parser at the same limit (413 too).
  const body = restify.plugins.bodyParser({ maxBodySize: limits.maxBodyBytes, mapParams: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));

  server.post('/api/messages', body, async (req, res) => {
    const envelope = checkActivityEnvelope(req.body);
    if (!envelope.ok) {
      res.send(400, { error: envelope.error });
      return;
    }
    if (deps.authenticate) {
      const authorization = req.headers.authorization;
      try {
        await deps.authenticate(req.body as Activity, typeof authorization === 'string' ? authorization : '');
      } catch {
        logger.warn('refused an activity without a valid Bot Framework token');
        res.send(401, { error: 'unauthorized' });
        return;
      }
    }
    let rateLimited = false;
    try {
      // restify's request satisfies botbuilder's structural Request at runtime; the typings differ only in optionality.
      await deps.adapter.process(
        req as unknown as Parameters<TeamsAdapter['process']>[0],
        withStatusOverride(res, () => (rateLimited ? 429 : undefined)),
        (context) => runTurn(context),
      );
    } catch (error) {
      logger.error({ err: error }, 'activity processing failed');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }

    /** One turn, in its own trace: a span with the activity's type only (never its text or who sent it). */
    async function runTurn(context: TurnContext): Promise<void> {
      const started = Date.now();
      const type = context.activity.type;
      await withSpan(
        'bot.turn',
        {
          'cpo.activity.type': type,
          'cpo.activity.name': context.activity.name,
          'cpo.channel': context.activity.channelId,
        },
        async (annotate) => {
          if (deps.rateLimiter && isWorkTurn(context)) {
            const admission = await deps.rateLimiter.admit(
              context.activity.from?.aadObjectId ?? context.activity.from?.id ?? 'unknown',
              context.activity.conversation?.id ?? 'unknown',
            );
            if (!admission.admitted) {
              rateLimited = true;
              logger.warn({ scope: admission.scope }, 'turn rate limit reached');
              annotate({ 'cpo.turn.outcome': 'rate_limited', 'cpo.rate_limit.scope': admission.scope });
              botMetrics.turn(Date.now() - started, 'rate_limited', type);
              await answer(
                context,
                429,
                turnTranslator(context)('bot.tooMany', { count: admission.retryAfterSeconds }),
              );
              return;
            }
          }
          // Only work turns queue for a place; conversation updates and the like are cheap and always run.
          const place = isWorkTurn(context) ? await admission.enter() : { release: () => {}, waitedMs: 0 };
          if (!place) {
            logger.warn(admission.load, 'bot busy: turn refused');
            annotate({ 'cpo.turn.outcome': 'busy' });
            botMetrics.turn(Date.now() - started, 'rate_limited', type);
            await answer(context, 503, turnTranslator(context)('bot.busy'));
            return;
          }
          const work = deps.app.run(context);
          // The place is held until the work really ends, even after the user got the apology.
          void work.then(place.release, place.release);
          let outcome: Awaited<ReturnType<typeof withTimeout>>;
          try {
            outcome = await withTimeout(work, Math.max(100, turnBudgetMs - place.waitedMs));
          } catch (error) {
            botMetrics.turn(Date.now() - started, 'error', type);
            throw error;
          }
          const result = outcome.finished ? 'ok' : 'timeout';
          annotate({ 'cpo.turn.outcome': result });
          botMetrics.turn(Date.now() - started, result, type);
          if (!outcome.finished) {
            logger.warn({ timeoutMs: turnBudgetMs }, 'turn timed out');
            await answer(context, 503, turnTranslator(context)('bot.tooSlow')).catch(() => undefined);
          }
        },
      );
    }
  });

  const engagement = async (req: restify.Request, res: restify.Response): Promise<void> => {
    const response = await handleEngagementWebhook(
      {
        method: req.method ?? 'POST',
        headers: req.headers,
        query: (req.query ?? {}) as Record<string, unknown>,
        body: req.body as unknown,
      },
      deps.engagement,
    );
    for (const [name, value] of Object.entries(response.headers ?? {})) res.header(name, value);
    res.send(response.status, response.body);
  };
  server.post('/api/engagement', body, engagement);
  server.opts('/api/engagement', engagement);

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    next();
  });

  // Reachable by anyone who can reach the port: outside loopback mode the details (endpoints, errors) go to the
  // log, and the answer names only the checks and their states.
  const showDetails = deps.exposure === 'anonymous-loopback';
  server.get('/readyz', async (_req, res) => {
    const report = await deps.readiness();
    const checks = Object.fromEntries(
      report.checks.map(({ name, status, detail, ms }) => [
        name,
        { status, ms, ...(detail && showDetails ? { detail } : {}) },
      ]),
    );
    const down = report.checks.filter((check) => check.status !== 'ok').map((check) => check.name);
    if (down.length > 0 && !showDetails) {
      const problems = report.checks.filter((check) => check.status !== 'ok');
      logger.warn({ checks: problems.map(({ name, detail }) => ({ name, detail })) }, 'not ready');
    }
    res.send(report.ready ? 200 : 503, { status: report.ready ? 'ready' : 'unready', down, checks });
  });

  return server;
}

/** A polite reply in chat, or an invoke response carrying the status for Universal Actions. */
async function answer(context: TurnContext, status: number, message: string): Promise<void> {
  if (context.activity.type === ActivityTypes.Invoke) {
    await context.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: {
        status,
        body: {
          statusCode: status,
          type: 'application/vnd.microsoft.error',
          value: { code: String(status), message },
        },
      },
    });
    return;
  }
  await context.sendActivity(message);
}

/** The adapter ends a message turn with 200; a rate-limited one must say 429 while still carrying the reply. */
function withStatusOverride(res: restify.Response, override: () => number | undefined): restify.Response {
  const original = res.status.bind(res);
  res.status = ((code: number) => original(code === 200 ? (override() ?? code) : code)) as typeof res.status;
  return res;
}
