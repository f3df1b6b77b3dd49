import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bench } from './bench';
import { loadConfig } from '../src/config/loadConfig';
import { createComponents } from '../src/app/createComponents';
import { seedSampleData } from '../src/app/seedSampleData';
import { startBot } from '../src/app/startBot';
import { createSilentLogger } from '../src/shared/logger';
import {
  azuriteConnectionString,
  freePort,
  startPrivateAzurite,
  stopChild,
} from '../scripts/lib/privateAzurite';

const REPO_ROOT = join(__dirname, '..');
const DRAFT =
  "draft a win-back email for customers who haven't bought in 90 days, promote the spring sale, 2 variants";
const USER = { id: 'user-id-0', aadObjectId: '00000000-0000-0000-0000-0000000000020', name: 'Alex Wilber' };
const APPROVER = {
  id: 'user-id-1',
  aadObjectId: '00000000-0000-0000-0000-0000000000021',
  name: 'Megan Bowen',
};

/**
 * Issue 15's target: with the table service stopped, a turn answers "The table store is unavailable" within 2 s
 * and /readyz says so at once; after it restarts empty, the next draft works without restarting the bot.
 */
export const benches: Bench[] = [
  {
    name: 'table outage: fail fast and recover',
    async run() {
      const port = await freePort();
      let azurite = await startPrivateAzurite(REPO_ROOT, port);
      const config = loadConfig(
        {
          PORT: '0',
          CPO_TABLES_CONNECTION_STRING: azuriteConnectionString(port),
          CPO_OUT_DIR: mkdtempSync(join(tmpdir(), 'cpo-bench-')),
          CPO_LOG_LEVEL: 'silent',
        },
        REPO_ROOT,
      );
      const logger = createSilentLogger();
      await seedSampleData(config, logger);
      const bot = await startBot(config, logger, await createComponents(config, logger));
      const base = `http://127.0.0.1:${bot.port}`;
      const timed = async (
        request: () => Promise<Response>,
      ): Promise<{ ms: number; text: string; status: number }> => {
        const started = performance.now();
        const response = await request();
        const text = await response.text();
        return { ms: Math.round(performance.now() - started), text, status: response.status };
      };
      const activity = (body: Record<string, unknown>) =>
        fetch(`${base}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            channelId: 'msteams',
            serviceUrl: 'http://127.0.0.1:9/',
            conversation: { id: 'bench-outage', conversationType: 'personal' },
            recipient: { id: 'bot' },
            ...body,
          }),
        });
      const draft = () =>
        timed(() => activity({ type: 'message', text: DRAFT, deliveryMode: 'expectReplies', from: USER }));
      const first = await draft();
      const data = /"campaignId":"([^"]+)","variantId":"([^"]+)"/.exec(first.text);
      await stopChild(azurite);
      const readyDown = await timed(() => fetch(`${base}/readyz`));
      const draftDown = await draft();
      const approvalDown = await timed(() =>
        activity({
          type: 'invoke',
          name: 'adaptiveCard/action',
          from: APPROVER,
          value: {
            action: {
              type: 'Action.Execute',
              verb: 'approveVariant',
              data: { campaignId: data?.[1] ?? 'x', variantId: data?.[2] ?? 'x' },
            },
          },
        }),
      );
      azurite = await startPrivateAzurite(REPO_ROOT, port);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const recovered = await draft();
      await bot.close();
      await stopChild(azurite);
      return {
        readyzDownMs: readyDown.ms,
        readyzDownStatus: readyDown.status,
        draftDownMs: draftDown.ms,
        draftDownSaysUnavailable: String(draftDown.text.includes('The table store is unavailable')),
        approvalDownMs: approvalDown.ms,
        recoveredDraftMs: recovered.ms,
        recoveredDraftHasCards: String(recovered.text.includes('Variant 1 of 2')),
      };
    },
  },
];
