// Infrastructure as code for audit and rebuild by hand: Terraform JSON for a service's droplets
// (with import blocks, so `terraform plan` adopts what exists), and the other resources listed in
// locals, since mailcow and BorgBase have no provider we can rely on.
import type { DesiredByKind, ResourceKind } from '../resource-kinds';
import type { DriverName } from '../drivers/driver';
import type { ResourceHandle } from '../drivers/driver';

export interface IacResource {
  id: string;
  kind: ResourceKind;
  status: string;
  partner: { name: string; driver: DriverName; apiBaseUrl: string };
  desired: DesiredByKind[ResourceKind] | Record<string, unknown>;
  handle: ResourceHandle | null;
  outputs: Record<string, string | number | boolean>;
}

export interface IacService {
  id: string;
  domain?: string;
  resources: IacResource[];
}

function ident(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9_]/g, '_').replace(/^([^a-z_])/, '_$1');
}

export function exportTerraform(service: IacService): Record<string, unknown> {
  const droplets = service.resources.filter((r) => r.kind === 'DROPLET' && r.partner.driver === 'digitalocean');
  const others = service.resources.filter((r) => !droplets.includes(r));
  const partners = [...new Map(droplets.map((r) => [ident(r.partner.name), r.partner])).entries()];

  const tf: Record<string, unknown> = {
    '//': `coop-portal export of service ${service.id}${service.domain ? ` (${service.domain})` : ''}. Credentials are variables; nothing secret is in this file.`,
  };
  if (droplets.length) {
    tf.terraform = { required_providers: { digitalocean: { source: 'digitalocean/digitalocean', version: '~> 2.0' } } };
    tf.variable = Object.fromEntries(partners.map(([id]) => [`token_${id}`, { type: 'string', sensitive: true }]));
    tf.provider = {
      digitalocean: partners.map(([id, p]) => ({ alias: id, token: `\${var.token_${id}}`, api_endpoint: p.apiBaseUrl })),
    };
    tf.resource = {
      digitalocean_droplet: Object.fromEntries(
        droplets.map((r) => {
          const d = r.desired as DesiredByKind['DROPLET'];
          return [
            `r_${ident(r.id)}`,
            {
              provider: `digitalocean.${ident(r.partner.name)}`,
              name: d.name,
              size: d.size,
              region: d.region,
              image: d.image,
              tags: [`coop:res:${r.id}`, `coop:svc:${service.id}`],
              // user_data holds the backup passphrase; it stays with the portal.
              lifecycle: { ignore_changes: ['user_data'] },
            },
          ];
        }),
      ),
    };
    const imports = droplets
      .filter((r) => r.handle?.dropletId !== undefined)
      .map((r) => ({ to: `digitalocean_droplet.r_${ident(r.id)}`, id: String(r.handle!.dropletId) }));
    if (imports.length) tf.import = imports;
  }
  if (others.length) {
    tf.locals = {
      coop_unmanaged_resources: others.map((r) => ({
        id: r.id,
        kind: r.kind,
        status: r.status,
        partner: r.partner.name,
        driver: r.partner.driver,
        simulated: r.partner.driver === 'sandbox',
        desired: withoutSecrets(r.desired),
        outputs: r.outputs,
      })),
    };
  }
  return tf;
}

function withoutSecrets(desired: Record<string, unknown> | DesiredByKind[ResourceKind]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...desired };
  delete copy.password;
  delete copy.userData;
  delete copy.appendOnlyKey;
  return copy;
}
