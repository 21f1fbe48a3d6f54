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
