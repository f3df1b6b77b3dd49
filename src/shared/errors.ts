/**
 * Typed application errors. Every error that can reach a user carries a stable `code`
 * (for logs, tests and HTTP mapping) and a `userMessage` that is safe to show in chat or on a CLI.
 */
export type ErrorCode =
  'INVALID_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'UNAVAILABLE' | 'CONFIG' | 'INTERNAL';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string;
  readonly details: Readonly<Record<string, unknown>> | undefined;
  /** The language `userMessage` is written in when it is not English (a reply in the request's language). */
  readonly language: string | undefined;

  constructor(
    code: ErrorCode,
    userMessage: string,
    options: { cause?: unknown; details?: Record<string, unknown>; language?: string } = {},
  ) {
    super(userMessage, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.userMessage = userMessage;
    this.details = options.details;
    this.language = options.language;
  }
}

export const invalidInput = (message: string, details?: Record<string, unknown>): AppError =>
  new AppError('INVALID_INPUT', message, details === undefined ? {} : { details });

export const notFound = (message: string): AppError => new AppError('NOT_FOUND', message);

export const forbidden = (message: string): AppError => new AppError('FORBIDDEN', message);

export const conflict = (message: string): AppError => new AppError('CONFLICT', message);

export const unavailable = (message: string, cause?: unknown): AppError =>
  new AppError('UNAVAILABLE', message, cause === undefined ? {} : { cause });

export const configError = (message: string): AppError => new AppError('CONFIG', message);

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** A message that is always safe to show a user: never a stack trace. */
export function userMessageOf(error: unknown): string {
  return isAppError(error) ? error.userMessage : 'Something went wrong on my side. Please try again.';
}
