/**
 * Errors with a code and an exit code. Known errors print as one line; an
 * unknown one is a bug (printed with its stack under --debug).
 */

export type ErrorCode =
  | 'USAGE'
  | 'NOT_FOUND'
  | 'UNREADABLE'
  | 'EMPTY_INPUT'
  | 'BINARY_INPUT'
  | 'UNKNOWN_ENCODING'
  | 'TOO_LARGE'
  | 'INVALID_OUTPUT'
  | 'INTERNAL';

export class BreachParseError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'BreachParseError';
  }
}

/** A problem with one input: it becomes that input's error record. */
export class InputError extends BreachParseError {
  constructor(code: ErrorCode, message: string) {
    super(code, message, 1);
    this.name = 'InputError';
  }
}

/** A problem with the command line: exit 2, a one-line message and a hint. */
export class UsageError extends BreachParseError {
  constructor(message: string) {
    super('USAGE', message, 2);
    this.name = 'UsageError';
  }
}
