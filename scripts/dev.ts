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
import { isPortOpen, localTablesDir, startLocalTableService } from '../src/app/localTableService';
import { tableServiceEndpointOf } from '../src/app/tableServiceEndpoint';
import { startPlayground, stopProcess } from './lib/playground';

const PLAYGROUND_PORT = 56150;

async function main(): Promise<void> {
  const repoRoot = join(__dirname, '..');
  const fresh = process.argv.slice(2).includes('--fresh');
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const children: Array<{ child: ChildProcess; stop: () => Promise<void> }> = [];
  let bot: RunningBot | undefined;
  let stopping = false;
  const stop = async (code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping…');
    await bot?.close();
    await Promise.all(children.map(({ stop }) => stop()));
    process.exit(code);
  };
  const supervise = (name: string, child: ChildProcess, stopChild = () => stopProcess(child)): void => {
    children.push({ child, stop: stopChild });
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
    if (endpoint?.local) {
      const { host, port } = endpoint;
      if (await isPortOpen(port, host)) {
        logger.info(`reusing the table service already listening on ${host}:${port}`);
        if (fresh) logger.warn(`--fresh ignored: the table service on ${host}:${port} is not ours`);
      } else {
        const service = await startLocalTableService({
          host,
          port,
          location,
          fresh,
          cwd: repoRoot,
          log: (line) => logger.debug({ azurite: line }),
        });
        supervise('Azurite Table service', service.child, service.stop);
        logger.info(
          `Azurite Table service on ${host}:${port}, data in ${relative(repoRoot, location)}${fresh ? ' (fresh)' : ''}`,
        );
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
