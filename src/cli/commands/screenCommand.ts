import { createReadStream, openSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import { screenJsonLines } from '../../agents/safety/jsonl/screenJsonLines';
import { DEFAULT_POLICY_PATH, resolveSafetyPolicy } from '../../agents/safety/policy/loadSafetyPolicy';
import type { SafetyPolicy } from '../../agents/safety/policy/safetyPolicy';
import { SafetyService } from '../../agents/safety/safetyService';
import { invalidInput, isAppError } from '../../shared/errors';
import { EXIT, type CliContext } from '../cliContext';

interface ScreenOptions {
  policy?: string;
  rulesOnly?: boolean;
}

function loadPolicy(context: CliContext, path: string | undefined): SafetyPolicy {
  try {
    return resolveSafetyPolicy(context.cwd, path);
  } catch (error) {
    if (isAppError(error)) throw invalidInput(error.userMessage);
    throw error;
  }
}

/** The input stream; a missing or unreadable file is a usage error, reported before any output. */
function openInput(context: CliContext, file: string): Readable {
  if (file === '-') return context.stdin;
  const path = resolve(context.cwd, file);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    throw invalidInput(`Input file not found: ${file}`);
  }
  if (isDirectory) throw invalidInput(`Input ${file} is a directory, expected a JSONL file.`);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw invalidInput(`Input file cannot be read: ${file}`);
  }
  return createReadStream(path, { fd, encoding: 'utf8' });
}

/** Writes with backpressure: waits for 'drain' when the destination buffer is full. */
function writerFor(stream: Writable): (chunk: string) => Promise<void> {
  return (chunk) =>
    new Promise<void>((done, fail) => {
      if (stream.write(chunk)) {
        done();
        return;
      }
      const onDrain = (): void => {
        stream.off('error', onError);
        done();
      };
      const onError = (error: Error): void => {
        stream.off('drain', onDrain);
        fail(error);
      };
      stream.once('drain', onDrain);
      stream.once('error', onError);
    });
}

/**
 * `cpo screen <file.jsonl|-> [--policy <file>]`: one JSON line per input line, in order, on stdout:
 * `{"id","verdict","categories","reasons"}` or `{"id","error"}`. Exit 0 once every line is answered
 * (bad lines included); 2 for unusable arguments (missing file, bad policy file).
 */
export function registerScreenCommand(program: Command, context: CliContext): void {
  program
    .command('screen')
    .description(
      'Screen copy for harm (hate, violence, self-harm, sexual), PII, prompt injection and blocklisted terms. ' +
        'Input: JSON lines {"id","text"}; output: one JSON verdict per line.',
    )
    .argument('<file>', 'JSONL file, or - for standard input')
    .option('--policy <file>', `safety policy, JSON or YAML (default: ${DEFAULT_POLICY_PATH}, else built-in)`)
    .option('--rules-only', "screen without the local screener's trained classifier")
    .action(async (file: string, options: ScreenOptions) => {
      const policy = loadPolicy(context, options.policy);
      const input = openInput(context, file);
      // Loaded on use: the screener's model is large, and other commands should not pay for it.
      const { LocalSafetyScreener } = await import('../../adapters/safety/local/localSafetyScreener');
      const screener = new LocalSafetyScreener(options.rulesOnly === true ? { classifier: null } : {});
      const service = new SafetyService(screener, policy);
      const lines = createInterface({ input, crlfDelay: Infinity });
      try {
        await screenJsonLines(lines, service, writerFor(context.stdout));
      } finally {
        lines.close();
      }
      context.setExitCode(EXIT.ok);
    });
}
