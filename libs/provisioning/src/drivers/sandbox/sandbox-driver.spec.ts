import { describe, expect, it } from 'vitest';
import { createDriver } from '../create-driver';
import { SandboxDriver } from './sandbox-driver';
import { InMemorySandboxStore } from './sandbox-store';

const ref = { resourceId: 'r1', serviceId: 's1' };
const droplet = { name: 'svc-s1', size: 's-1vcpu-1gb', region: 'ams3', image: 'debian-13-x64' };

function sandbox() {
  const store = new InMemorySandboxStore();
  return { store, driver: new SandboxDriver('DROPLET', { partnerId: 'p1', store, delayMs: [0, 0] }) };
}

describe('SandboxDriver', () => {
  it('says it is simulated in what it returns', async () => {
    const { driver } = sandbox();
    const result = await driver.ensure(ref, droplet);
    expect(result.outputs.simulated).toBe(true);
    expect(String(result.outputs.note)).toContain('simulated');
    expect(result.handle.simulated).toBe(true);
    expect((await driver.observe(result.handle)).simulated).toBe(true);
    expect(String(result.outputs.ipv4)).toMatch(/^192\.0\.2\./);
  });

  it('adopts on a repeated ensure instead of creating a second object', async () => {
    const { driver, store } = sandbox();
    const first = await driver.ensure(ref, droplet);
    const second = await driver.ensure(ref, droplet);
    expect(second.adopted).toBe(true);
    expect(second.handle).toEqual(first.handle);
    expect(store.objects.size).toBe(1);
  });

  it('powers off, resizes and destroys, and absent counts as destroyed', async () => {
    const { driver, store } = sandbox();
    const { handle } = await driver.ensure(ref, droplet);
    await driver.setSuspended(handle, true);
    expect(await driver.observe(handle)).toMatchObject({ exists: true, state: 'off', suspended: true });
    await driver.update(handle, { ...droplet, size: 's-2vcpu-4gb' });
    expect((await driver.observe(handle)).size).toBe('s-2vcpu-4gb');
    await driver.destroy(handle);
    await driver.destroy(handle);
    expect(store.objects.size).toBe(0);
    expect((await driver.observe(handle)).exists).toBe(false);
  });

  it('keeps partners apart', async () => {
    const store = new InMemorySandboxStore();
    const a = createDriver({ id: 'a', name: 'A', driver: 'sandbox', apiBaseUrl: 'sandbox:', credentials: {} }, 'MAILBOX', { sandboxStore: store, sandboxDelayMs: [0, 0] });
    const b = createDriver({ id: 'b', name: 'B', driver: 'sandbox', apiBaseUrl: 'sandbox:', credentials: {} }, 'MAILBOX', { sandboxStore: store, sandboxDelayMs: [0, 0] });
    const box = { domain: 'example.org', localPart: 'info', quotaMiB: 100 };
    const made = await a.ensure(ref, box);
    expect((await b.ensure(ref, box)).adopted).toBe(false);
    expect((await b.observe(made.handle)).exists).toBe(false);
  });
});
