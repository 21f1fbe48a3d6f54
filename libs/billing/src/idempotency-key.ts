/**
 * Idempotency keys for provider writes, derived from our own ids only: a retried request (a crashed
 * worker, a double click, a network retry) sends the same key, so the provider answers with the
 * first result instead of creating a second customer, session or subscription change.
 */
export const idempotencyKey = {
  customer: (clientId: string) => `coop:customer:${clientId}`,
  product: (packageSlug: string) => `coop:product:${packageSlug}`,
  price: (priceId: string) => `coop:price:${priceId}`,
  checkout: (orderId: string) => `coop:checkout:${orderId}`,
  portal: (requestId: string) => `coop:portal:${requestId}`,
  cancel: (subscriptionId: string, requestId: string, atPeriodEnd: boolean) =>
    `coop:cancel:${subscriptionId}:${requestId}:${atPeriodEnd ? 'period-end' : 'now'}`,
  changePrice: (subscriptionId: string, requestId: string, priceId: string) => `coop:change:${subscriptionId}:${requestId}:${priceId}`,
} as const;
