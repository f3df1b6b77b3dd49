/**
 * `npm run dev`: everything offline on embedded defaults — Azurite Tables, sample data, the bot on :3978
 * and the Agents Playground on :56150. Ctrl-C stops all of it.
 */
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { loadConfig } from '../src/config/loadConfig';
import { createLogger } from '../src/shared/logger';
import { createComponents } from '../src/app/createComponents';
import { startBot, type RunningBot } from '../src/app/startBot';
import { seedSampleData } from '../src/app/seedSampleData';
import { startAzuriteTables } from './lib/azurite';
import { startPlayground, stopProcess } from './lib/playground';

const PLAYGROUND_PORT = 56150;

async function main(): Promise<void> {
  const repoRoot = join(__dirname, '..');
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const children: ChildProcess[] = [];
  let bot: RunningBot | undefined;
  let stopping = false;
  const stop = async (code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping…');
    await bot?.close();
    await Promise.all(children.map((child) => stopProcess(child)));
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  try {
    const azurite = await startAzuriteTables(repoRoot, (line) => logger.debug({ azurite: line }));
    if (azurite) children.push(azurite);
    logger.info('Azurite Table service on 127.0.0.1:10002');
    await seedSampleData(config, logger);
    bot = await startBot(config, logger, await createComponents(config, logger));
    const playground = await startPlayground({
      repoRoot,
      botEndpoint: `http://localhost:${bot.port}/api/messages`,
      port: PLAYGROUND_PORT,
      log: (line) => logger.debug({ playground: line }),
    });
    children.push(playground);
    playground.once('exit', (code) => {
      if (!stopping) logger.error({ code }, 'Agents Playground exited');
    });
    process.stderr.write(
      `\nReady. Open http://localhost:${PLAYGROUND_PORT} to chat with the bot (bot: http://localhost:${bot.port}/api/messages).\n` +
        'Try: "draft a win-back email for customers who haven\'t bought in 90 days, promote the spring sale, 3 variants"\n' +
        'Press Ctrl-C to stop.\n\n',
    );
  } catch (error) {
    logger.error({ err: error }, 'dev environment failed to start');
    await stop(1);
  }
}

void main();
