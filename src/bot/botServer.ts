import * as restify from 'restify';
import type { TeamsAdapter, Application, TurnState } from '@microsoft/teams-ai';
import type { Logger } from '../shared/logger';
import {
  handleEngagementWebhook,
  type EngagementWebhookDeps,
} from '../experiments/ingestion/handleEngagementWebhook';

export interface BotServerDependencies {
  adapter: TeamsAdapter;
  app: Application<TurnState>;
  logger: Logger;
  /** Health of dependencies (e.g. the table store); reported by GET /healthz. */
  healthCheck: () => Promise<Record<string, 'ok' | string>>;
  /** Azure Event Grid delivery of ACS email engagement events. */
  engagement: EngagementWebhookDeps;
}

/** HTTP surface: POST /api/messages (Bot Framework), POST|OPTIONS /api/engagement (Event Grid), GET /healthz. */
export function createBotServer(deps: BotServerDependencies): restify.Server {
  const server = restify.createServer({ name: 'customer-personalization-orchestrator' });
  server.use(restify.plugins.bodyParser({ maxBodySize: 1024 * 1024 }));

  server.post('/api/messages', async (req, res) => {
    try {
      // restify's request satisfies botbuilder's structural Request at runtime; the typings differ only in optionality.
      await deps.adapter.process(
        req as unknown as Parameters<TeamsAdapter['process']>[0],
        res,
        async (context) => {
          await deps.app.run(context);
        },
      );
    } catch (error) {
      deps.logger.error({ err: error }, 'activity processing failed');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
  });

  const engagement = async (req: restify.Request, res: restify.Response): Promise<void> => {
    const response = await handleEngagementWebhook(
      { method: req.method ?? 'POST', headers: req.headers, body: req.body as unknown },
      deps.engagement,
    );
    for (const [name, value] of Object.entries(response.headers ?? {})) res.header(name, value);
    res.send(response.status, response.body);
  };
  server.post('/api/engagement', engagement);
  server.opts('/api/engagement', engagement);

  server.get('/healthz', async (_req, res) => {
    const checks = await deps.healthCheck().catch((error: unknown) => ({ app: String(error) }));
    const healthy = Object.values(checks).every((value) => value === 'ok');
    res.send(healthy ? 200 : 503, { status: healthy ? 'ok' : 'degraded', checks });
  });

  return server;
}
