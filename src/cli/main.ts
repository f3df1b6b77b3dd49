import { relative } from 'node:path';
import { Command, CommanderError } from 'commander';
import { loadConfig } from '../config/loadConfig';
import type { AppConfig } from '../config/schema';
import { createLogger, type Logger } from '../shared/logger';
import { isAppError } from '../shared/errors';
import { EXIT, type CliContext } from './cliContext';
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

type RegisterCommand = (program: Command, context: CliContext) => void;

/**
 * Every top-level command and how to load it. A command's module (and what it imports: table clients, the
 * report renderer, the safety lexicons…) loads only when that command runs: start-up is paid per use.
 */
const COMMANDS: Record<string, () => Promise<RegisterCommand>> = {
  plan: async () => (await import('./commands/planCommand')).registerPlanCommand,
  screen: async () => (await import('./commands/screenCommand')).registerScreenCommand,
  analyze: async () => (await import('./commands/analyzeCommand')).registerAnalyzeCommand,
  power: async () => (await import('./commands/powerCommand')).registerPowerCommand,
  assign: async () => (await import('./commands/assignCommand')).registerAssignCommand,
  data: async () => (await import('./commands/dataCommand')).registerDataCommand,
  index: async () => (await import('./commands/indexCommand')).registerIndexCommand,
  run: async () => (await import('./commands/runCommand')).registerRunCommand,
  audit: async () => (await import('./commands/auditCommand')).registerAuditCommand,
  forget: async () => (await import('./commands/forgetCommand')).registerForgetCommand,
  'import-events': async () => (await import('./commands/importEventsCommand')).registerImportEventsCommand,
  simulate: async () => (await import('./commands/simulateCommand')).registerSimulateCommand,
  report: async () => (await import('./commands/reportCommand')).registerReportCommand,
  doctor: async () => (await import('./commands/doctorCommand')).registerDoctorCommand,
  export: async () => (await import('./commands/exportCommand')).registerExportCommand,
};

/** The command `argv` names (`cpo <command> …`), or undefined for help, options first or an unknown name. */
function requestedCommand(argv: readonly string[]): string | undefined {
  const name = argv[2];
  return name !== undefined && Object.hasOwn(COMMANDS, name) ? name : undefined;
}

/**
 * The `cpo` program with the command `argv` asks for, or with every command (help, an unknown name: the
 * listing and commander's suggestions need them all).
 */
export async function buildProgram(context: CliContext, argv: readonly string[] = []): Promise<Command> {
  const program = new Command('cpo')
    .description('Customer Personalization Orchestrator: segment, retrieve, generate, screen, experiment.')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
    });
  const requested = requestedCommand(argv);
  const loaders = requested === undefined ? Object.values(COMMANDS) : [COMMANDS[requested]!];
  for (const register of await Promise.all(loaders.map((load) => load()))) register(program, context);
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
  const program = await buildProgram(scoped, argv);
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
