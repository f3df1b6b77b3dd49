import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/loadConfig';
import type { AppConfig } from '../../src/config/schema';
import { createComponents } from '../../src/app/createComponents';
import { startBot, type RunningBot } from '../../src/app/startBot';
import { createSilentLogger, type Logger } from '../../src/shared/logger';
import { seedSampleData } from '../../src/app/seedSampleData';
import { REPO_ROOT } from './repoRoot';

export { REPO_ROOT };

/** The real bot on a free port, on Azurite with its own table prefix and a private output folder. */
export async function startTestBot(
  overrides: Record<string, string> = {},
  logger: Logger = createSilentLogger(),
): Promise<{ bot: RunningBot; config: AppConfig }> {
  const outDir = mkdtempSync(join(tmpdir(), 'cpo-test-out-'));
  const prefix = `t${Math.random().toString(36).slice(2, 10)}`;
  const config = loadConfig(
    {
      PORT: '0',
      CPO_TABLES_PREFIX: prefix,
      CPO_OUT_DIR: outDir,
      CPO_LOG_LEVEL: 'silent',
      // Tests drive many turns per user in seconds; the rate limits have their own test.
      CPO_USER_TURNS_PER_MINUTE: '10000',
      CPO_CONVERSATION_TURNS_PER_MINUTE: '10000',
      ...overrides,
    },
    REPO_ROOT,
  );
  await seedSampleData(config, logger);
  const bot = await startBot(config, logger, await createComponents(config, logger));
  return { bot, config };
}
