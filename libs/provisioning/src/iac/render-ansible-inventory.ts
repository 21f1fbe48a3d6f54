// An Ansible inventory (YAML) of every server with its ops users, so the co-op can audit or repair
// by hand. Servers whose users no longer match the current ops members are marked out of date.
import { stringify } from 'yaml';
import { opsFingerprint, type OpsMember } from '../cloud-init/render-cloud-init';

export interface InventoryServer {
  hostname: string;
  serviceId: string;
  domain?: string;
  ipv4?: string;
  partnerName: string;
  simulated: boolean;
  /** opsFingerprint of the users the server was built with. */
  opsFingerprint?: string;
}

export function renderAnsibleInventory(servers: InventoryServer[], opsMembers: OpsMember[]): string {
  const current = opsFingerprint(opsMembers);
  const hosts = Object.fromEntries(
    [...servers]
      .sort((a, b) => a.hostname.localeCompare(b.hostname))
      .map((s) => [
        s.hostname,
        {
          ...(s.ipv4 ? { ansible_host: s.ipv4 } : {}),
          coop_service_id: s.serviceId,
          ...(s.domain ? { coop_domain: s.domain } : {}),
          coop_partner: s.partnerName,
          coop_simulated: s.simulated,
          coop_ops_users_up_to_date: s.opsFingerprint === current,
        },
      ]),
  );
  const inventory = {
    all: {
      vars: {
        ansible_python_interpreter: '/usr/bin/python3',
        ansible_become: true,
        coop_ops_users: opsMembers.map((m) => ({ name: m.username, ssh_keys: m.sshKeys })),
        coop_ops_fingerprint: current,
      },
      children: { coop_servers: { hosts } },
    },
  };
  return `# coop-portal inventory; regenerate instead of editing.\n${stringify(inventory, { lineWidth: 0 })}`;
}
