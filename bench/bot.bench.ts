import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bench } from './bench';
import { loadConfig } from '../src/config/loadConfig';
import { createComponents } from '../src/app/createComponents';
import { seedSampleData } from '../src/app/seedSampleData';
import { startBot } from '../src/app/startBot';
import { createSilentLogger } from '../src/shared/logger';
import { startAzuriteTables } from '../scripts/lib/azurite';
import { stopProcess } from '../scripts/lib/playground';

const REPO_ROOT = join(__dirname, '..');
const DRAFT =
  "draft a win-back email for customers who haven't bought in 90 days, promote the spring sale, 3 variants";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
}

/** Bot turn latency for the draft request over HTTP (expectReplies): the full agent chain on Azurite. */
export const benches: Bench[] = [
  {
    name: 'bot draft turn (20 runs)',
    async run() {
      const azurite = await startAzuriteTables(REPO_ROOT, () => undefined);
      const config = loadConfig(
        {
          PORT: '0',
          CPO_TABLES_PREFIX: `bench${Date.now().toString(36)}`,
          CPO_OUT_DIR: mkdtempSync(join(tmpdir(), 'cpo-bench-')),
          CPO_LOG_LEVEL: 'silent',
        },
        REPO_ROOT,
      );
      const logger = createSilentLogger();
      await seedSampleData(config, logger);
      const bot = await startBot(config, logger, await createComponents(config, logger));
      const post = async (): Promise<number> => {
        const started = performance.now();
        const response = await fetch(`http://127.0.0.1:${bot.port}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            type: 'message',
            text: DRAFT,
            channelId: 'msteams',
            serviceUrl: 'http://127.0.0.1:9/',
            deliveryMode: 'expectReplies',
            from: {
              id: 'user-id-0',
              aadObjectId: '00000000-0000-0000-0000-0000000000020',
              name: 'Alex Wilber',
            },
            conversation: { id: 'bench', conversationType: 'personal' },
            recipient: { id: 'bot' },
          }),
        });
        await response.text();
        return performance.now() - started;
      };
      await post(); // warm-up (module loading, table creation)
      const times: number[] = [];
      for (let run = 0; run < 20; run += 1) times.push(await post());
      await bot.close();
      await stopProcess(azurite);
      times.sort((a, b) => a - b);
      return {
        p50Ms: Math.round(percentile(times, 0.5)),
        p95Ms: Math.round(percentile(times, 0.95)),
        maxMs: Math.round(times[times.length - 1] ?? NaN),
        customers: 500,
      };
    },
  },
];
