import { Writable } from 'node:stream';
import pino from 'pino';
import type { Logger } from '../../src/shared/logger';

/** A real pino logger whose JSON lines are kept for assertions. */
export function captureLogger(level = 'info'): {
  logger: Logger;
  lines: () => Array<Record<string, unknown>>;
} {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return {
    logger: pino({ level }, stream),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
