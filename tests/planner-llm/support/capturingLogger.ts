import pino from 'pino';
import type { Logger } from '../../../src/shared/logger';

export interface LogEntry {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** A real pino logger whose JSON lines are kept in memory, so tests can assert on warnings. */
export function capturingLogger(): { logger: Logger; entries: LogEntry[]; warnings: () => LogEntry[] } {
  const entries: LogEntry[] = [];
  const logger = pino(
    { level: 'debug' },
    { write: (line: string) => entries.push(JSON.parse(line) as LogEntry) },
  );
  return { logger, entries, warnings: () => entries.filter((entry) => entry.level === 40) };
}
