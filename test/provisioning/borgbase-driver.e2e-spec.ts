import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDriver, generateSshKeyPair, ProvisioningError, type Driver } from '@coop/provisioning';
import { BorgBaseStandIn } from '../stand-ins/borgbase/borgbase-stand-in';

const ref = { resourceId: '7c0ffee0-0000-4000-8000-000000000001', serviceId: '7c0ffee0-0000-4000-8000-0000000000aa' };
const key = generateSshKeyPair('svc-7c0ffee0').publicKey;
const desired = { name: `coop-${ref.resourceId}`, region: 'eu', quotaGiB: 50, alertDays: 2, appendOnlyKey: key };

let stand: BorgBaseStandIn;
let driver: Driver<'BACKUP_REPO'>;

beforeEach(async () => {
  stand = new BorgBaseStandIn();
  driver = createDriver({ id: 'b1', name: 'borgbase-test', driver: 'borgbase', apiBaseUrl: await stand.start(), credentials: { token: stand.token } }, 'BACKUP_REPO', {
    adoptDelayMs: 5,
    http: { baseDelayMs: 5, timeoutMs: 1_000 },
  }) as Driver<'BACKUP_REPO'>;
});

afterEach(async () => {
  await stand.stop();
  expect(stand.crashes).toEqual([]);
});

describe('BorgBase driver against the GraphQL stand-in', () => {
  it('adds the server key and an append-only repository with quota and alert days', async () => {
    const result = await driver.ensure(ref, desired);
    const repo = [...stand.repos.values()][0]!;
    expect(repo).toMatchObject({ name: desired.name, region: 'eu', quota: 50_000, quotaEnabled: true, alertDays: 2, appendOnly: true, fullAccessKeys: [] });
    const keyRow = stand.keys.get(repo.appendOnlyKeys[0]!)!;
    expect(keyRow.name).toBe(`coop:res:${ref.resourceId}`);
    expect(result.outputs.repoPath).toBe(repo.repoPath);
    expect(result.handle).toEqual({ repoId: repo.id, sshKeyId: keyRow.id });
  });

  it('adopts repository and key on a repeated ensure', async () => {
    const first = await driver.ensure(ref, desired);
    const second = await driver.ensure(ref, desired);
    expect(second).toMatchObject({ adopted: true, handle: first.handle });
    expect(stand.added).toHaveLength(1);
    expect(stand.keys.size).toBe(1);
  });

  it('adopts after "already exists" when the add answer was lost', async () => {
    stand.inject({ method: 'POST', path: /graphql/, body: /repoAdd/, times: 1, afterHandling: true, effect: 'reset' });
    const result = await driver.ensure(ref, desired);
    expect(result.adopted).toBe(true);
    expect(stand.requests.some((r) => r.status === 'reset')).toBe(true);
    expect(stand.added).toHaveLength(1);
  });

  it('honours 429 and retries 5xx on queries', async () => {
    stand.inject({ method: 'POST', path: /graphql/, times: 1, effect: { status: 429, body: { errors: [{ message: 'slow' }] }, headers: { 'retry-after': '0' } } });
    stand.inject({ method: 'POST', path: /graphql/, times: 1, effect: { status: 503, body: 'unavailable' } });
    await driver.ensure(ref, desired);
    expect(stand.requests.map((r) => r.status).slice(0, 3)).toEqual([429, 503, 200]);
    expect(stand.added).toHaveLength(1);
  });

  it('treats a GraphQL error as permanent', async () => {
    const err = await driver.ensure(ref, { ...desired, region: 'mars' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProvisioningError);
    expect(driver.classifyError(err)).toBe('permanent');
    expect((err as Error).message).toContain('Invalid region');
  });

  it('changes quota, keeps the repository on suspend, and deleting an absent one succeeds', async () => {
    const { handle } = await driver.ensure(ref, desired);
    await driver.update(handle, { ...desired, quotaGiB: 80 });
    expect(stand.repos.get(String(handle.repoId))!.quota).toBe(80_000);
    await driver.setSuspended(handle, true);
    expect((await driver.observe(handle)).exists).toBe(true);
    await driver.destroy(handle);
    await driver.destroy(handle);
    expect((await driver.observe(handle)).exists).toBe(false);
  });
});
