import { relative } from 'node:path';
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
import { registerAuditCommand } from './commands/auditCommand';
import { registerForgetCommand } from './commands/forgetCommand';
import { registerImportEventsCommand } from './commands/importEventsCommand';
import { registerSimulateCommand } from './commands/simulateCommand';
import { registerReportCommand } from './commands/reportCommand';
import { registerDoctorCommand } from './commands/doctorCommand';
import { registerExportCommand } from './commands/exportCommand';
import { ensureTableService, type LocalTableService } from '../app/localTableService';
import { markPhase } from './phaseTiming';

/** Top-level commands that read or write the table store. */
const TABLE_COMMANDS = new Set(['run', 'audit', 'forget', 'import-events', 'simulate', 'report', 'export']);

/** A path relative to the working directory when it lies inside it. */
function shortPath(cwd: string, path: string): string {
  const inside = relative(cwd, path);
  return inside !== '' && !inside.startsWith('..') ? inside : path;
}

function topLevelName(command: Command): string {
  let current = command;
  while (current.parent?.parent) current = current.parent;
  return current.name();
}

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
  registerAuditCommand(program, context);
  registerForgetCommand(program, context);
  registerImportEventsCommand(program, context);
  registerSimulateCommand(program, context);
  registerReportCommand(program, context);
  registerDoctorCommand(program, context);
  registerExportCommand(program, context);
  return program;
}

/**
 * Runs one CLI invocation and returns its exit code. Commands report partial failures (e.g. a bad JSONL
 * line) through `context.setExitCode`; known errors print their user message, never a stack trace.
 */
export async function runCli(argv: string[], context: CliContext): Promise<number> {
  let exitCode: number = EXIT.ok;
  const scoped: CliContext = {
    ...context,
    setExitCode: (code: number) => {
      exitCode = Math.max(exitCode, code);
    },
  };
  const program = buildProgram(scoped);
  // A fresh clone has no table service running: commands that need one start the embedded one for their run.
  let tableService: LocalTableService | undefined;
  program.hook('preAction', async (_program, action) => {
    if (!TABLE_COMMANDS.has(topLevelName(action))) return;
    tableService = await ensureTableService(context.config(), {
      cwd: context.cwd,
      log: (line) => context.logger().debug({ azurite: line }),
    });
    markPhase('table service ready');
    if (tableService) {
      context.stderr.write(
        `cpo: started the local table service on ${tableService.host}:${tableService.port} for this command (data in ${shortPath(context.cwd, tableService.location)})\n`,
      );
    }
  });
  try {
    await program.parseAsync(argv);
    markPhase('command done');
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.invalidInput;
    if (isAppError(error)) {
      context.stderr.write(`cpo: ${error.userMessage}\n`);
      // Unusable input and unusable configuration are both the caller's to fix: exit 2.
      return error.code === 'INVALID_INPUT' || error.code === 'CONFIG' ? EXIT.invalidInput : EXIT.failure;
    }
    context.stderr.write(
      `cpo: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return EXIT.failure;
  } finally {
    await tableService?.stop();
  }
}

/** Entry point of the `cpo` binary. */
export async function main(argv: string[]): Promise<void> {
  markPhase('CLI modules loaded');
  process.exitCode = await runCli(argv, createCliContext());
  markPhase('exit');
}
