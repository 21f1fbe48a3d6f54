// Typed errors of @coop/provisioning. Every failure a driver meets is classified so the caller knows
// whether to try again (`retryable`), give up (`permanent`) or ask a person (`needs_human`).

export type ErrorClass = 'retryable' | 'permanent' | 'needs_human';

export type ProvisioningErrorCode =
  | 'HTTP_ERROR'
  | 'NETWORK_ERROR'
  | 'TIMEOUT'
  | 'RATE_LIMITED'
  | 'REMOTE_REJECTED'
  | 'REMOTE_ACTION_FAILED'
  | 'REMOTE_CONFLICT'
  | 'NO_PARTNER'
  | 'UNSUPPORTED'
  | 'CLOUD_INIT_TOO_LARGE';

export class ProvisioningError extends Error {
  constructor(
    readonly code: ProvisioningErrorCode,
    message: string,
    readonly errorClass: ErrorClass,
    readonly details: { status?: number; requestId?: string; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.name = 'ProvisioningError';
  }
}

/** Class of any thrown value: our own errors say it; anything else is treated as retryable. */
export function errorClassOf(e: unknown): ErrorClass {
  if (e instanceof ProvisioningError) return e.errorClass;
  return 'retryable';
}
