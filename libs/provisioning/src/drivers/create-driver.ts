// Picks the driver for a partner and a resource kind.
import { ProvisioningError } from '../errors';
import type { ResourceKind } from '../resource-kinds';
import { BorgBaseRepoDriver } from './borgbase/borgbase-driver';
import { DigitalOceanDropletDriver } from './digitalocean/digitalocean-driver';
import { DRIVER_KINDS, type Driver, type DriverName } from './driver';
import type { DriverOptions, PartnerEndpoint } from './driver-options';
import { MailcowDomainDriver, MailcowMailboxDriver } from './mailcow/mailcow-drivers';
import { SandboxDriver } from './sandbox/sandbox-driver';
import type { SandboxStore } from './sandbox/sandbox-store';

export interface PartnerConnection extends PartnerEndpoint {
  id: string;
  driver: DriverName;
}

export interface DriverFactoryOptions extends DriverOptions {
  /** Required for sandbox partners. */
  sandboxStore?: SandboxStore;
  sandboxDelayMs?: [number, number];
}

export function createDriver(partner: PartnerConnection, kind: ResourceKind, options: DriverFactoryOptions = {}): Driver {
  if (!DRIVER_KINDS[partner.driver].includes(kind)) {
    throw new ProvisioningError('UNSUPPORTED', `driver ${partner.driver} cannot make ${kind}`, 'permanent');
  }
  switch (partner.driver) {
    case 'digitalocean':
      return new DigitalOceanDropletDriver(partner, options) as Driver;
    case 'mailcow':
      return (kind === 'MAIL_DOMAIN' ? new MailcowDomainDriver(partner, options) : new MailcowMailboxDriver(partner, options)) as Driver;
    case 'borgbase':
      return new BorgBaseRepoDriver(partner, options) as Driver;
    case 'sandbox': {
      if (!options.sandboxStore) throw new ProvisioningError('UNSUPPORTED', 'the sandbox driver needs a store', 'permanent');
      return new SandboxDriver(kind, { partnerId: partner.id, store: options.sandboxStore, delayMs: options.sandboxDelayMs }) as Driver;
    }
  }
}

/** A cheap authenticated call that proves the URL and credentials work. */
export async function testPartnerConnection(partner: PartnerConnection, options: DriverFactoryOptions = {}): Promise<void> {
  const kind = DRIVER_KINDS[partner.driver][0]!;
  const driver = createDriver(partner, kind, options) as Driver & { testConnection?: () => Promise<void> };
  await driver.testConnection?.();
}
