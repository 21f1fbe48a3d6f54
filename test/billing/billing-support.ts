import { catalogSeed } from '../../apps/api/src/database/seed/catalog.seed';
import type { TestApp } from '../support/test-app';

/** The demo catalog (Website, Mail, Website + Mail in CAD), as `npm start` seeds it. */
export async function seedCatalog(t: TestApp): Promise<void> {
  await catalogSeed.run({ db: t.db, config: t.config, demo: true, say: () => undefined });
}

export const PURCHASE = `mutation($input: PurchasePackageInput!) {
  purchasePackage(input: $input) { order { id status domain serviceId } checkoutUrl invoice { id number amount currency status payUrl } }
}`;
export const MARK_PAID = `mutation($input: MarkInvoicePaidInput!) { markInvoicePaid(input: $input) { id status paymentReference } }`;
export const MY_SERVICES = `query($clientId: ID!) { myServices(clientId: $clientId) { id status suspensionReason domain package { slug } } }`;
export const INVOICES = `query($clientId: ID!) { invoices(clientId: $clientId) { id number status amount lines { description amount } } }`;
export const ORDERS = `query($clientId: ID!) { orders(clientId: $clientId) { id status } }`;
export const NOTICES = `query($clientId: ID!) { billingNotices(clientId: $clientId) { kind message } }`;

export async function applyJobs(t: TestApp, serviceId?: string): Promise<{ serviceId: string }[]> {
  const rows = await t.db.query(
    `SELECT data FROM pgboss.job WHERE name = 'provisioning.apply-service' ${serviceId ? `AND data->>'serviceId' = $1` : ''} ORDER BY created_on`,
    serviceId ? [serviceId] : [],
  );
  return rows.map((r: { data: { serviceId: string } }) => r.data);
}

export async function count(t: TestApp, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await t.db.query(`SELECT count(*)::int AS n FROM ${sql}`, params);
  return row.n;
}
