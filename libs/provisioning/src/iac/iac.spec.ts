import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exportTerraform, type IacService } from './export-terraform';
import { renderAnsibleInventory } from './render-ansible-inventory';

const service: IacService = {
  id: '11111111-2222-3333-4444-555555555555',
  domain: 'example.org',
  resources: [
    {
      id: 'aaaa0000-0000-0000-0000-000000000001',
      kind: 'DROPLET',
      status: 'READY',
      partner: { name: 'Green Cloud', driver: 'digitalocean', apiBaseUrl: 'https://api.green.example' },
      desired: { name: 'svc-11111111', size: 's-1vcpu-1gb', region: 'ams3', image: 'debian-13-x64', userData: '#cloud-config\nsecret' },
      handle: { dropletId: 42 },
      outputs: { ipv4: '203.0.113.5' },
    },
    {
      id: 'aaaa0000-0000-0000-0000-000000000002',
      kind: 'MAILBOX',
      status: 'READY',
      partner: { name: 'Mail Coop', driver: 'mailcow', apiBaseUrl: 'https://mail.example' },
      desired: { domain: 'example.org', localPart: 'info', quotaMiB: 1024, password: 'hunter2' },
      handle: { address: 'info@example.org' },
      outputs: {},
    },
  ],
};

describe('exportTerraform', () => {
  it('declares each droplet with an import block for its remote id and no secrets', () => {
    const tf = exportTerraform(service) as Record<string, any>;
    const droplet = tf.resource.digitalocean_droplet.r_aaaa0000_0000_0000_0000_000000000001;
    expect(droplet).toMatchObject({ size: 's-1vcpu-1gb', region: 'ams3', image: 'debian-13-x64', provider: 'digitalocean.green_cloud' });
    expect(droplet.tags).toContain(`coop:svc:${service.id}`);
    expect(tf.import).toEqual([{ to: 'digitalocean_droplet.r_aaaa0000_0000_0000_0000_000000000001', id: '42' }]);
    expect(tf.variable.token_green_cloud.sensitive).toBe(true);
    const text = JSON.stringify(tf);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('#cloud-config');
  });

  it('lists resources without a Terraform provider in locals', () => {
    const tf = exportTerraform(service) as Record<string, any>;
    expect(tf.locals.coop_unmanaged_resources).toHaveLength(1);
    expect(tf.locals.coop_unmanaged_resources[0]).toMatchObject({ kind: 'MAILBOX', partner: 'Mail Coop', simulated: false });
  });
});

describe('renderAnsibleInventory', () => {
  const ops = [{ username: 'alice', sshKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ alice'] }];

  it('lists every server with its address and the ops users', () => {
    const inv = parse(
      renderAnsibleInventory(
        [{ hostname: 'svc-1', serviceId: 's1', ipv4: '203.0.113.5', partnerName: 'Green', simulated: false }],
        ops,
      ),
    );
    expect(inv.all.children.coop_servers.hosts['svc-1']).toMatchObject({ ansible_host: '203.0.113.5', coop_service_id: 's1' });
    expect(inv.all.vars.coop_ops_users).toEqual([{ name: 'alice', ssh_keys: ops[0]!.sshKeys }]);
  });

  it('marks a server built with other ops users as out of date', () => {
    const current = parse(renderAnsibleInventory([], ops)).all.vars.coop_ops_fingerprint;
    const inv = parse(
      renderAnsibleInventory(
        [
          { hostname: 'new', serviceId: 'a', partnerName: 'P', simulated: true, opsFingerprint: current },
          { hostname: 'old', serviceId: 'b', partnerName: 'P', simulated: true, opsFingerprint: 'stale' },
        ],
        ops,
      ),
    );
    expect(inv.all.children.coop_servers.hosts.new.coop_ops_users_up_to_date).toBe(true);
    expect(inv.all.children.coop_servers.hosts.old.coop_ops_users_up_to_date).toBe(false);
  });
});
