import { BillingError, BillingErrorCode } from '@coop/billing';
import { DomainException } from '../../common/errors/domain.exception';

/** Maps the billing library's error codes onto API error codes; an unmapped code is a compile error. */
export function toDomainException(error: BillingError): DomainException | Error {
  switch (error.code) {
    case BillingErrorCode.INVALID_MONEY:
    case BillingErrorCode.CURRENCY_MISMATCH:
    case BillingErrorCode.INVALID_PERIOD:
    case BillingErrorCode.INVALID_INVOICE_NUMBER:
      return new DomainException('BAD_USER_INPUT', error.message);
    case BillingErrorCode.PRICE_NOT_FOUND:
    case BillingErrorCode.SUBSCRIPTION_NOT_FOUND:
      return new DomainException('CONFLICT', 'The payment provider is not in step with the catalog; staff have been told');
    case BillingErrorCode.WEBHOOK_SIGNATURE_INVALID:
    case BillingErrorCode.WEBHOOK_NOT_SUPPORTED:
      return new DomainException('BAD_USER_INPUT', error.message);
    case BillingErrorCode.GATEWAY_MISCONFIGURED:
    case BillingErrorCode.GATEWAY_FAILED:
      // Internal: logged once by the error formatter, shown as INTERNAL_SERVER_ERROR.
      return error;
    default: {
      const unreachable: never = error.code;
      return new Error(`unmapped billing error ${String(unreachable)}`);
    }
  }
}

/** Runs a gateway call and translates its typed errors. */
export async function gatewayCall<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw e instanceof BillingError ? toDomainException(e) : e;
  }
}
