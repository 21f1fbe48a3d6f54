import type { EntityManager } from 'typeorm';

export type OrderStatus = 'PENDING_PAYMENT' | 'PAID' | 'CANCELLED' | 'EXPIRED';

export type OrderRow = {
  id: string;
  clientId: string;
  packageId: string;
  priceId: string;
  cycle: 'MONTHLY' | 'YEARLY';
  domain: string;
  status: OrderStatus;
  gateway: 'STRIPE' | 'MANUAL';
  checkoutSessionId: string | null;
  checkoutUrl: string | null;
  gatewaySubscriptionId: string | null;
  serviceId: string | null;
  createdAt: Date;
  paidAt: Date | null;
};

export function toOrder(r: Record<string, any>): OrderRow {
  return {
    id: r.id,
    clientId: r.client_id,
    packageId: r.package_id,
    priceId: r.price_id,
    cycle: r.cycle,
    domain: r.domain,
    status: r.status,
    gateway: r.gateway,
    checkoutSessionId: r.checkout_session_id,
    checkoutUrl: r.checkout_url,
    gatewaySubscriptionId: r.gateway_subscription_id,
    serviceId: r.service_id,
    createdAt: r.created_at,
    paidAt: r.paid_at,
  };
}

/**
 * The lock order of every transaction that writes a service's status or billing: the service's order
 * row first, then the service and its billing row. Payment events take the order lock before anything
 * else (lockOrder); client, staff and scheduled changes take it here, so no two of them can each hold
 * one of the rows the other waits for (a deadlock). A service without an order locks nothing here.
 */
export async function lockServiceOrder(m: EntityManager, serviceId: string): Promise<void> {
  await m.query('SELECT 1 FROM orders WHERE service_id = $1 FOR UPDATE', [serviceId]);
}

/** Locks an order row for the rest of the transaction, so concurrent events on it apply one after another. */
export async function lockOrder(m: EntityManager, where: { id?: string | null; subscriptionId?: string | null }): Promise<OrderRow | null> {
  if (where.id && /^[0-9a-f-]{36}$/i.test(where.id)) {
    const [row] = await m.query('SELECT * FROM orders WHERE id = $1 FOR UPDATE', [where.id]);
    if (row) return toOrder(row);
  }
  if (where.subscriptionId) {
    const [row] = await m.query('SELECT * FROM orders WHERE gateway_subscription_id = $1 FOR UPDATE', [where.subscriptionId]);
    if (row) return toOrder(row);
  }
  return null;
}
