// Errors classified once, where they are raised: the class decides exit code, retry and message.
// Every error names the input it concerns (file, message, field) and what the user can do.

export type ErrorClass = 'input' | 'permanent' | 'transient';

export class XmessError extends Error {
  readonly kind: ErrorClass;
  /** The input concerned: a path, "message <id>", "config/campaign.json: deadline". */
  readonly subject: string | undefined;
  constructor(kind: ErrorClass, message: string, subject?: string, options?: { cause?: unknown }) {
    super(subject ? `${subject}: ${message}` : message, options);
    this.kind = kind;
    this.subject = subject;
    this.name = 'XmessError';
  }
}

/** Bad user input: a flag, a config file, a path. Exit 2 for usage, 1 otherwise. */
export class ConfigError extends XmessError {
  constructor(message: string, subject?: string) {
    super('input', message, subject);
    this.name = 'ConfigError';
  }
}

export class UsageError extends XmessError {
  constructor(message: string) {
    super('input', message);
    this.name = 'UsageError';
  }
}

/** Retrying cannot help (corrupt data, a rejected address). */
export class PermanentError extends XmessError {
  constructor(message: string, subject?: string, options?: { cause?: unknown }) {
    super('permanent', message, subject, options);
    this.name = 'PermanentError';
  }
}

/** A server is down or busy: try again later. */
export class TransientError extends XmessError {
  constructor(message: string, subject?: string, options?: { cause?: unknown }) {
    super('transient', message, subject, options);
    this.name = 'TransientError';
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
