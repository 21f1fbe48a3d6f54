import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDriver, ProvisioningError, type Driver, type PartnerConnection } from '@coop/provisioning';
import { MailcowStandIn } from '../stand-ins/mailcow/mailcow-stand-in';

const ref = { resourceId: '5f1e0c1a-0000-4000-8000-000000000001', serviceId: '5f1e0c1a-0000-4000-8000-0000000000aa' };
const domainDesired = { domain: 'example.org', maxMailboxes: 2, quotaMiBPerMailbox: 1024 };
const boxDesired = { domain: 'example.org', localPart: 'info', quotaMiB: 512, password: 'Pw-123456789abc' };

let stand: MailcowStandIn;
let domains: Driver<'MAIL_DOMAIN'>;
let boxes: Driver<'MAILBOX'>;

beforeEach(async () => {
  stand = new MailcowStandIn();
  const partner: PartnerConnection = { id: 'm1', name: 'mailcow-test', driver: 'mailcow', apiBaseUrl: await stand.start(), credentials: { apiKey: stand.apiKey } };
  const options = { adoptDelayMs: 5, http: { baseDelayMs: 5, timeoutMs: 1_000 } };
  domains = createDriver(partner, 'MAIL_DOMAIN', options) as Driver<'MAIL_DOMAIN'>;
  boxes = createDriver(partner, 'MAILBOX', options) as Driver<'MAILBOX'>;
});

afterEach(async () => {
  await stand.stop();
  expect(stand.crashes).toEqual([]);
});

describe('mailcow drivers against the stand-in', () => {
  it('creates the domain and a mailbox with the quota in MiB', async () => {
    const d = await domains.ensure(ref, domainDesired);
    const b = await boxes.ensure(ref, boxDesired);
    expect(d.adopted).toBe(false);
    expect(d.outputs).toMatchObject({ mailHost: '127.0.0.1', dkimSelector: 'dkim', dkimTxt: expect.stringMatching(/^v=DKIM1;/) });
    expect(stand.dkim.has('example.org')).toBe(true);
    expect(b.outputs.address).toBe('info@example.org');
    expect(stand.domains.get('example.org')).toMatchObject({ max_num_mboxes_for_domain: 2, description: `coop:svc:${ref.serviceId}` });
    expect(await boxes.observe(b.handle)).toEqual({ exists: true, state: 'active', suspended: false, quotaMiB: 512 });
  });

  it('adopts a domain that already exists (200 with danger domain_exists) without a second add', async () => {
    stand.seedDomain('example.org');
    const d = await domains.ensure(ref, domainDesired);
    expect(d.adopted).toBe(true);
    expect(stand.adds).toEqual(['domain:example.org']);
  });

  it('adopts a mailbox whose add succeeded but whose answer was lost', async () => {
    await domains.ensure(ref, domainDesired);
    stand.inject({ method: 'POST', path: /add\/mailbox/, times: 1, afterHandling: true, effect: 'reset' });
    const b = await boxes.ensure(ref, boxDesired);
    expect(b.handle).toEqual({ address: 'info@example.org' });
    expect(stand.adds.filter((a) => a.startsWith('mailbox:'))).toEqual(['mailbox:info@example.org']);
  });

  it('honours 429 and retries 5xx', async () => {
    stand.inject({ method: 'GET', path: /get\/domain/, times: 1, effect: { status: 429, body: {}, headers: { 'retry-after': '0' } } });
    stand.inject({ method: 'POST', path: /add\/domain/, times: 2, effect: { status: 502, body: { type: 'error', msg: 'bad gateway' } } });
    await domains.ensure(ref, domainDesired);
    expect(stand.requests.filter((r) => r.path.includes('add/domain')).map((r) => r.status)).toEqual([502, 502, 200]);
    expect(stand.domains.size).toBe(1);
  });

  it('treats a business refusal as permanent', async () => {
    await domains.ensure(ref, domainDesired);
    const err = await boxes.ensure(ref, { ...boxDesired, quotaMiB: 99_999 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProvisioningError);
    expect(boxes.classifyError(err)).toBe('permanent');
    expect((err as Error).message).toContain('mailbox_quota_exceeded');
  });

  it('disables and enables a mailbox, and changes its quota', async () => {
    await domains.ensure(ref, domainDesired);
    const { handle } = await boxes.ensure(ref, boxDesired);
    await boxes.setSuspended(handle, true);
    expect(stand.mailboxes.get('info@example.org')!.active).toBe(0);
    expect((await boxes.observe(handle)).suspended).toBe(true);
    await boxes.setSuspended(handle, false);
    await boxes.update(handle, { ...boxDesired, quotaMiB: 1000 });
    expect(await boxes.observe(handle)).toMatchObject({ suspended: false, quotaMiB: 1000 });
  });

  it('refuses to delete a domain with mailboxes (retryable), and deleting absent objects succeeds', async () => {
    const d = await domains.ensure(ref, domainDesired);
    const b = await boxes.ensure(ref, boxDesired);
    const err = await domains.destroy(d.handle).catch((e: unknown) => e);
    expect(domains.classifyError(err)).toBe('retryable');
    await boxes.destroy(b.handle);
    await domains.destroy(d.handle);
    await boxes.destroy(b.handle);
    await domains.destroy(d.handle);
    expect(stand.domains.size + stand.mailboxes.size).toBe(0);
  });

  it('needs a human when the API key is wrong', async () => {
    const bad = createDriver({ id: 'x', name: 'bad', driver: 'mailcow', apiBaseUrl: stand.url, credentials: { apiKey: 'wrong' } }, 'MAIL_DOMAIN');
    expect(bad.classifyError(await bad.ensure(ref, domainDesired).catch((e: unknown) => e))).toBe('needs_human');
  });
});
