import { Command, CommanderError } from 'commander';
import { loadConfig } from '../config/loadConfig';
import type { AppConfig } from '../config/schema';
import { createLogger, type Logger } from '../shared/logger';
import { isAppError } from '../shared/errors';
import { EXIT, type CliContext } from './cliContext';
import { registerPlanCommand } from './commands/planCommand';
import { registerScreenCommand } from './commands/screenCommand';
import { registerAnalyzeCommand } from './commands/analyzeCommand';
import { registerPowerCommand } from './commands/powerCommand';
import { registerAssignCommand } from './commands/assignCommand';
import { registerDataCommand } from './commands/dataCommand';
import { registerIndexCommand } from './commands/indexCommand';
import { registerRunCommand } from './commands/runCommand';

export function createCliContext(): CliContext {
  let config: AppConfig | undefined;
  let logger: Logger | undefined;
  const context: CliContext = {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    config: () => (config ??= loadConfig(undefined, context.cwd)),
    setExitCode: () => undefined,
    logger: () =>
      (logger ??= createLogger(context.config().logLevel === 'info' ? 'warn' : context.config().logLevel)),
  };
  return context;
}

export function buildProgram(context: CliContext): Command {
  const program = new Command('cpo')
    .description('Customer Personalization Orchestrator: segment, retrieve, generate, screen, experiment.')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
    });
  registerPlanCommand(program, context);
  registerScreenCommand(program, context);
  registerAnalyzeCommand(program, context);
  registerPowerCommand(program, context);
  registerAssignCommand(program, context);
  registerDataCommand(program, context);
  registerIndexCommand(program, context);
  registerRunCommand(program, context);
  return program;
}

/** Entry point of the `cpo` binary. Sets process.exitCode; never prints a stack trace for known errors. */
export async function main(argv: string[], context: CliContext = createCliContext()): Promise<void> {
  const program = buildProgram(context);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.invalidInput;
      return;
    }
    if (isAppError(error)) {
      context.stderr.write(`cpo: ${error.userMessage}\n`);
      process.exitCode = error.code === 'INVALID_INPUT' ? EXIT.invalidInput : EXIT.failure;
      return;
    }
    context.stderr.write(
      `cpo: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = EXIT.failure;
  }
}
