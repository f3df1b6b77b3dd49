import { loadConfig } from './config/loadConfig';
import { createLogger } from './shared/logger';
import { createComponents } from './app/createComponents';
import { startBot } from './app/startBot';
import { startTelemetry } from './telemetry/startTelemetry';

/** Composition root: parse config once, build the adapters it selects, start the bot. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const telemetry = await startTelemetry(config.operations.applicationInsightsConnectionString, logger);
  const components = await createComponents(config, logger);
  const bot = await startBot(config, logger, components);
  const stop = (): void => {
    void bot
      .close()
      .then(() => telemetry.shutdown())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `cpo bot failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
