/**
 * `npm run dev`: everything offline on embedded defaults — Azurite Tables, sample data, the bot on :3978
 * and the Agents Playground on :56150. Ctrl-C stops all of it.
 *
 * The table service persists to the project-local folder the CLI uses too (`.cpo/tables/` by default), so a
 * campaign drafted in chat is there for `cpo report`; `npm run dev -- --fresh` starts from empty.
 * Supervision: the children are tied to this process (they end when it dies, even by SIGKILL), and when one
 * of them exits on its own, dev stops the others and exits: they run together or not at all.
 */
import type { ChildProcess } from 'node:child_process';
import { join, relative } from 'node:path';
import { loadConfig } from '../src/config/loadConfig';
import { createLogger } from '../src/shared/logger';
import { createComponents } from '../src/app/createComponents';
import { startBot, type RunningBot } from '../src/app/startBot';
import { seedSampleData } from '../src/app/seedSampleData';
import { localTablesDir } from '../src/app/localTableService';
import { tableServiceEndpointOf } from '../src/app/tableServiceEndpoint';
import { startAzuriteTables } from './lib/azurite';
import { startPlayground, stopProcess } from './lib/playground';

const PLAYGROUND_PORT = 56150;

async function main(): Promise<void> {
  const repoRoot = join(__dirname, '..');
  const fresh = process.argv.slice(2).includes('--fresh');
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const children: Array<{ name: string; child: ChildProcess }> = [];
  let bot: RunningBot | undefined;
  let stopping = false;
  const stop = async (code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping…');
    await bot?.close();
    await Promise.all(children.map(({ child }) => stopProcess(child)));
    process.exit(code);
  };
  const supervise = (name: string, child: ChildProcess): void => {
    children.push({ name, child });
    child.once('exit', (code, signal) => {
      if (stopping) return;
      logger.error({ code, signal }, `${name} exited; stopping the dev environment`);
      void stop(1);
    });
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  process.once('SIGHUP', () => void stop(0));
  try {
    const location = localTablesDir(config, repoRoot);
    const endpoint = tableServiceEndpointOf(config);
    if (endpoint?.local && endpoint.port === 10002) {
      const azurite = await startAzuriteTables(repoRoot, (line) => logger.debug({ azurite: line }), {
        location,
        fresh,
      });
      if (azurite) {
        supervise('Azurite Table service', azurite);
        logger.info(
          `Azurite Table service on 127.0.0.1:10002, data in ${relative(repoRoot, location)}${fresh ? ' (fresh)' : ''}`,
        );
      } else if (fresh) {
        logger.warn('--fresh ignored: a table service is already running on 127.0.0.1:10002 (not ours)');
      }
    }
    await seedSampleData(config, logger);
    bot = await startBot(config, logger, await createComponents(config, logger));
    const playground = await startPlayground({
      repoRoot,
      botEndpoint: `http://localhost:${bot.port}/api/messages`,
      port: PLAYGROUND_PORT,
      log: (line) => logger.debug({ playground: line }),
    });
    supervise('Agents Playground', playground);
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
