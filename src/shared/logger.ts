import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured JSON logs on stderr (fd 2), so that CLI stdout carries only results.
 * Customer identifiers must be pseudonymized before they are logged.
 */
export function createLogger(level: string, name = 'cpo'): Logger {
  return pino({ name, level, base: { name } }, pino.destination({ fd: 2, sync: true }));
}

/** A logger that discards everything, for tests and quiet CLI runs. */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
