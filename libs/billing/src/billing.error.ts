// Typed errors thrown by @coop/billing. The API maps each code onto a GraphQL error code.
export enum BillingErrorCode {
  INVALID_MONEY = 'INVALID_MONEY',
  CURRENCY_MISMATCH = 'CURRENCY_MISMATCH',
  INVALID_PERIOD = 'INVALID_PERIOD',
  INVALID_INVOICE_NUMBER = 'INVALID_INVOICE_NUMBER',
  WEBHOOK_SIGNATURE_INVALID = 'WEBHOOK_SIGNATURE_INVALID',
  WEBHOOK_NOT_SUPPORTED = 'WEBHOOK_NOT_SUPPORTED',
  PRICE_NOT_FOUND = 'PRICE_NOT_FOUND',
  SUBSCRIPTION_NOT_FOUND = 'SUBSCRIPTION_NOT_FOUND',
  GATEWAY_MISCONFIGURED = 'GATEWAY_MISCONFIGURED',
  GATEWAY_FAILED = 'GATEWAY_FAILED',
}

export class BillingError extends Error {
  override readonly name = 'BillingError';
  constructor(
    readonly code: BillingErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
