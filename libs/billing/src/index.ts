// Public surface of @coop/billing: payment gateways (Stripe, manual), dunning policy, money.
export { BillingError, BillingErrorCode } from './billing.error';
export type { Money, Proration, ProrationInput } from './money';
export { money, addMoney, subtractMoney, sumMoney, scaleMoney, formatMoney, toDecimalString, minorUnitDigits, prorate } from './money';
export type { BillingCycle } from './billing-period';
export { addBillingCycle, addDays, stripeInterval } from './billing-period';
export { formatInvoiceNumber, parseInvoiceNumber, invoiceYear } from './invoice-number';
export type { DunningFacts, DunningWindows, DunningStep, DunningDeadlines, ServiceStatus, SuspensionReason } from './dunning-policy';
export { DEFAULT_DUNNING_WINDOWS, nextDunningStep, dunningDeadlines } from './dunning-policy';
export type * from './billing-event';
export type * from './payment-gateway';
export { METADATA_KEYS, lookupKeyFor } from './payment-gateway';
export { idempotencyKey } from './idempotency-key';
export { mapStripeEvent, isHandledStripeEventType } from './stripe-event-mapping';
export type { StripeGatewayOptions } from './stripe.gateway';
export { StripeGateway } from './stripe.gateway';
export type { ManualGatewayOptions } from './manual.gateway';
export { ManualGateway, manualInvoicePaidEvent } from './manual.gateway';
