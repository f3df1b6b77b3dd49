import type { Readable, Writable } from 'node:stream';
import type { AppConfig } from '../config/schema';
import type { Logger } from '../shared/logger';

/** What a CLI command may use. stdout carries only results; logs and diagnostics go to stderr. */
export interface CliContext {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  cwd: string;
  /** Parses configuration on first use (pure commands never need it). */
  config(): AppConfig;
  logger(): Logger;
  /** Commands that finish with partial failures (e.g. a bad JSONL line) set a non-zero exit code here. */
  setExitCode(code: number): void;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, failure: 1, invalidInput: 2 } as const;
