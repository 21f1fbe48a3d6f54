import { IntrinsicException } from '@nestjs/common';

/** The codes a client of the API can see in `extensions.code`, besides INTERNAL_SERVER_ERROR. */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'RATE_LIMITED';

export type DomainExceptionDetails = {
  /** For BAD_USER_INPUT: the input field at fault, e.g. `email` or `input.domain`. */
  field?: string;
  /** For RATE_LIMITED: seconds until a retry may succeed. */
  retryAfterSeconds?: number;
  /** Anything else safe to show the caller. */
  extra?: Record<string, unknown>;
};

/**
 * An expected failure with a code; its message is shown to the caller as is, so keep internals out.
 * Nest does not log IntrinsicExceptions: expected failures are not errors of ours.
 */
export class DomainException extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: DomainExceptionDetails = {},
  ) {
    super(message);
    this.name = 'DomainException';
  }
}

export const notFound = (what: string) => new DomainException('NOT_FOUND', `${what} not found`);
export const badInput = (field: string, message: string) =>
  new DomainException('BAD_USER_INPUT', `${field}: ${message}`, { field });
export const conflict = (message: string, extra?: Record<string, unknown>) =>
  new DomainException('CONFLICT', message, { extra });
export const forbidden = (message = 'You are not allowed to do this') => new DomainException('FORBIDDEN', message);
export const unauthenticated = (message = 'You need to log in') => new DomainException('UNAUTHENTICATED', message);
