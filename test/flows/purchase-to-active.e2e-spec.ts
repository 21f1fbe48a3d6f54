import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogSeed } from '../../apps/api/src/database/seed/catalog.seed';
import { runSeed } from '../../apps/api/src/database/seed/run-seed';
import { sandboxPartnersSeed } from '../../apps/api/src/database/seed/sandbox-partners.seed';
import { createClient, createUser, loginAs } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { PROVISIONING_TEST_ENV } from '../provisioning/provisioning-fixtures';

// The whole product path across billing and provisioning, as the embedded demo runs it:
// a client buys Website + Mail with the manual gateway, staff mark the invoice paid,
// the sandbox partners build every resource, and the service turns ACTIVE only then.
describe('purchase to active service (manual gateway, sandbox partners)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { ...PROVISIONING_TEST_ENV, SANDBOX_DELAY_MS: '5-20' } });
    await runSeed({ db: t.db, config: t.config, demo: true, say: () => undefined }, [sandboxPartnersSeed, catalogSeed]);
  });
  afterAll(() => t?.close());

  it('goes PENDING_PAYMENT -> PAID -> PROVISIONING -> ACTIVE with every resource READY off-site', { timeout: 90_000 }, async () => {
    const owner = await createUser(t);
    const client = await createClient(t, owner);
    const token = await loginAs(t, owner);
    const finance = await loginAs(t, await createUser(t, { staffRole: 'OPS' }));

    const bought = await t.gql(
      `mutation($i: PurchasePackageInput!) { purchasePackage(input: $i) { order { id status } checkoutUrl invoice { id number amount status } } }`,
      { i: { clientId: client.id, packageSlug: 'website-mail', cycle: 'MONTHLY', domain: 'flow.example.org' } },
      { token },
    );
    expect(bought.errors).toBeUndefined();
    const { order, invoice, checkoutUrl } = bought.data!.purchasePackage;
    expect(order.status).toBe('PENDING_PAYMENT');
    expect(checkoutUrl).toBeNull();
    expect(invoice).toMatchObject({ number: expect.stringMatching(/^INV-\d{4}-\d{4}$/), status: 'OPEN' });
    const MY_SERVICES = `query($c: ID!) { myServices(clientId: $c) { id status package { slug } resources { kind status partner { name } } } }`;
    expect((await t.gql(MY_SERVICES, { c: client.id }, { token })).data!.myServices).toEqual([]);

    const paid = await t.gql(`mutation($i: MarkInvoicePaidInput!) { markInvoicePaid(input: $i) { status } }`, { i: { invoiceId: invoice.id, reference: 'bank transfer 42' } }, { token: finance });
    expect(paid.data?.markInvoicePaid.status).toBe('PAID');
    const [afterPayment] = (await t.gql(MY_SERVICES, { c: client.id }, { token })).data!.myServices;
    expect(afterPayment).toMatchObject({ package: { slug: 'website-mail' } });
    expect(afterPayment.status).not.toBe('ACTIVE');

    let service = afterPayment;
    for (let i = 0; i < 200 && service.status !== 'ACTIVE'; i++) {
      // While anything is still being built, the service must not claim ACTIVE.
      if (service.resources.some((r: { status: string }) => r.status !== 'READY')) expect(service.status).toBe('PROVISIONING');
      await new Promise((r) => setTimeout(r, 100));
      [service] = (await t.gql(MY_SERVICES, { c: client.id }, { token })).data!.myServices;
    }
    expect(service.status).toBe('ACTIVE');
    expect(new Set(service.resources.map((r: { kind: string }) => r.kind))).toEqual(new Set(['DROPLET', 'MAIL_DOMAIN', 'MAILBOX', 'BACKUP_REPO']));
    expect(service.resources.every((r: { status: string }) => r.status === 'READY')).toBe(true);
    const droplet = service.resources.find((r: { kind: string }) => r.kind === 'DROPLET');
    const backup = service.resources.find((r: { kind: string }) => r.kind === 'BACKUP_REPO');
    expect(backup.partner.name).not.toBe(droplet.partner.name);
    const dns = await t.gql(`query($id: ID!) { service(id: $id) { mailDnsRecords { type name value } } }`, { id: service.id }, { token });
    expect(dns.errors).toBeUndefined();
    expect(dns.data!.service.mailDnsRecords).toContainEqual(expect.objectContaining({ type: 'MX', name: 'flow.example.org' }));
    expect(dns.data!.service.mailDnsRecords).toContainEqual(expect.objectContaining({ type: 'TXT', name: '_dmarc.flow.example.org' }));
    const [orderRow] = await t.db.query('SELECT status FROM orders WHERE id = $1', [order.id]);
    expect(orderRow.status).toBe('PAID');
  });
});
