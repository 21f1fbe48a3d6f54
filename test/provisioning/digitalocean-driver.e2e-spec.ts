import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDriver, ProvisioningError, type Driver } from '@coop/provisioning';
import { DigitalOceanStandIn } from '../stand-ins/digitalocean/digitalocean-stand-in';

const ref = { resourceId: '0b6c2f8e-3f0a-4a8e-9d7e-1c2b3a4d5e6f', serviceId: '9a8b7c6d-1111-2222-3333-444455556666' };
const desired = { name: 'svc-9a8b7c6d', size: 's-1vcpu-1gb', region: 'ams3', image: 'debian-13-x64', userData: '#cloud-config\n{}\n' };

let stand: DigitalOceanStandIn;
let driver: Driver<'DROPLET'>;

beforeEach(async () => {
  stand = new DigitalOceanStandIn();
  const url = await stand.start();
  driver = createDriver({ id: 'p1', name: 'do-test', driver: 'digitalocean', apiBaseUrl: url, credentials: { token: stand.token } }, 'DROPLET', {
    pollIntervalMs: 10,
    maxWaitMs: 5_000,
    adoptDelayMs: 5,
    http: { baseDelayMs: 5, timeoutMs: 1_000 },
  }) as Driver<'DROPLET'>;
});

afterEach(async () => {
  await stand.stop();
  // Every request and response matched the official API description.
  expect(stand.violations).toEqual([]);
  expect(stand.crashes).toEqual([]);
});

describe('DigitalOcean droplet driver against the stand-in', () => {
  it('creates a droplet tagged with resource and service, and waits until it is active', async () => {
    const handles: unknown[] = [];
    const result = await driver.ensure(ref, desired, { onHandle: async (h) => void handles.push(h) });
    expect(result.adopted).toBe(false);
    const droplet = stand.droplets.get(Number(result.handle.dropletId))!;
    expect(droplet.tags).toEqual([`coop:res:${ref.resourceId}`, `coop:svc:${ref.serviceId}`]);
    expect(droplet.status).toBe('active');
    expect(result.outputs.ipv4).toMatch(/^203\.0\.113\./);
    expect(handles).toEqual([result.handle]);
  });

  it('adopts the droplet on a repeated ensure instead of creating a second', async () => {
    const first = await driver.ensure(ref, desired);
    const second = await driver.ensure(ref, desired);
    expect(second.adopted).toBe(true);
    expect(second.handle).toEqual(first.handle);
    expect(stand.created).toHaveLength(1);
  });

  it('makes exactly one droplet when the create succeeded but the answer was a 500', async () => {
    stand.inject({ method: 'POST', path: /^\/v2\/droplets$/, times: 1, afterHandling: true, effect: { status: 500, body: { id: 'server_error', message: 'boom' } } });
    const result = await driver.ensure(ref, desired);
    expect(result.adopted).toBe(true);
    expect(stand.created).toHaveLength(1);
  });

  it('makes exactly one droplet when the connection dropped after the create', async () => {
    stand.inject({ method: 'POST', path: /^\/v2\/droplets$/, times: 1, afterHandling: true, effect: 'reset' });
    await driver.ensure(ref, desired);
    expect(stand.created).toHaveLength(1);
    expect(stand.tagged(`coop:res:${ref.resourceId}`)).toHaveLength(1);
  });

  it('follows pagination when looking for its tag and keeps the oldest of two', async () => {
    stand.maxPerPage = 1;
    stand.listNewestFirst = true;
    const first = await driver.ensure(ref, desired);
    // Someone made a second droplet with our tag; the lookup must see both pages and keep the first.
    const res = await fetch(`${stand.url}/v2/droplets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${stand.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'copy', size: 's-1vcpu-1gb', region: 'ams3', image: 'debian-13-x64', tags: [`coop:res:${ref.resourceId}`] }),
    });
    expect(res.status).toBe(202);
    const again = await driver.ensure(ref, desired);
    expect(again.handle).toEqual(first.handle);
    expect(stand.requests.filter((r) => r.method === 'GET' && r.path === '/v2/droplets').length).toBeGreaterThanOrEqual(3);
  });

  it('waits as long as retry-after asks after a 429', async () => {
    stand.inject({ method: 'POST', path: /^\/v2\/droplets$/, times: 1, effect: { status: 429, body: { id: 'too_many_requests', message: 'API rate limit exceeded.' }, headers: { 'retry-after': '1' } } });
    const started = Date.now();
    await driver.ensure(ref, desired);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(stand.requests.filter((r) => r.method === 'POST' && r.path === '/v2/droplets').map((r) => r.status)).toEqual([429, 202]);
    expect(stand.created).toHaveLength(1);
  });

  it('retries 5xx answers to reads', async () => {
    stand.inject({ method: 'GET', path: /^\/v2\/droplets$/, times: 2, effect: { status: 503, body: { id: 'service_unavailable', message: 'try later' } } });
    await driver.ensure(ref, desired);
    expect(stand.requests.filter((r) => r.path === '/v2/droplets' && r.method === 'GET').map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it('retries a create that timed out, looking first, so nothing is duplicated', async () => {
    stand.inject({ method: 'POST', path: /^\/v2\/droplets$/, times: 1, afterHandling: true, effect: 'hang' });
    await driver.ensure(ref, desired);
    expect(stand.created).toHaveLength(1);
  });

  it('treats a 422 for an unknown size as permanent and creates nothing', async () => {
    const err = await driver.ensure(ref, { ...desired, size: 's-64vcpu-huge' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProvisioningError);
    expect(driver.classifyError(err)).toBe('permanent');
    expect((err as ProvisioningError).details.status).toBe(422);
    expect(stand.created).toHaveLength(0);
  });

  it('counts destroying an absent droplet as success', async () => {
    const { handle } = await driver.ensure(ref, desired);
    await driver.destroy(handle);
    await driver.destroy(handle);
    expect(stand.droplets.size).toBe(0);
    await driver.destroy({ dropletId: 123 });
  });

  it('powers off on suspend and on again on unsuspend', async () => {
    const { handle } = await driver.ensure(ref, desired);
    await driver.setSuspended(handle, true);
    expect(await driver.observe(handle)).toMatchObject({ exists: true, state: 'off', suspended: true });
    await driver.setSuspended(handle, true);
    await driver.setSuspended(handle, false);
    expect(await driver.observe(handle)).toMatchObject({ state: 'active', suspended: false });
  });

  it('resizes by powering off, resizing and powering on again', async () => {
    const { handle } = await driver.ensure(ref, desired);
    await driver.update(handle, { ...desired, size: 's-2vcpu-4gb' });
    expect(await driver.observe(handle)).toMatchObject({ size: 's-2vcpu-4gb', state: 'active' });
    const actions = [...stand.actions.values()].map((a) => a.type);
    expect(actions).toEqual(['create', 'power_off', 'resize', 'power_on']);
  });

  it('powers the droplet on again when a resize is refused', async () => {
    const { handle } = await driver.ensure(ref, desired);
    const err = await driver.update(handle, { ...desired, size: 's-99vcpu' }).catch((e: unknown) => e);
    expect(driver.classifyError(err)).toBe('permanent');
    expect(await driver.observe(handle)).toMatchObject({ state: 'active', size: 's-1vcpu-1gb' });
  });

  it('reports a droplet deleted behind our back as missing', async () => {
    const { handle } = await driver.ensure(ref, desired);
    stand.deleteBehindOurBack(Number(handle.dropletId));
    expect(await driver.observe(handle)).toEqual({ exists: false });
  });

  it('has a stand-in that flags requests breaking the API description', async () => {
    const list = await fetch(`${stand.url}/v2/droplets?per_page=lots`, { headers: { authorization: `Bearer ${stand.token}` } });
    expect(list.status).toBe(400);
    const res = await fetch(`${stand.url}/v2/droplets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${stand.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x', size: 5, region: 'ams3', image: 'debian-13-x64', tags: 'not-a-list' }),
    });
    expect(res.status).toBe(400);
    expect(stand.violations.join('\n')).toMatch(/per_page must be an integer/);
    expect(stand.violations.join('\n')).toMatch(/request body/);
    stand.violations.length = 0;
  });

  it('needs a human when the token is wrong', async () => {
    const bad = createDriver({ id: 'p', name: 'bad', driver: 'digitalocean', apiBaseUrl: stand.url, credentials: { token: 'nope' } }, 'DROPLET');
    const err = await bad.ensure(ref, desired).catch((e: unknown) => e);
    expect(bad.classifyError(err)).toBe('needs_human');
  });
});
