import { describe, expect, it } from 'vitest';
import { parsePackageSpec } from '@coop/provisioning';
import { desiredFor, hostnameFor, isOutdated } from './resource-desired';

const spec = parsePackageSpec({
  website: { size: 's-1vcpu-1gb', region: 'ams3' },
  mail: { mailboxes: 3, quotaMiB: 2048 },
  backup: { retention: { daily: 7, weekly: 4, monthly: 6 }, quotaGiB: 40 },
});
const ctx = { serviceId: 'abcdef12-0000-4000-8000-000000000000', resourceId: 'r1', domain: 'example.org', key: 'droplet', partnerRegions: ['us', 'eu'] };

describe('desiredFor', () => {
  it('names the droplet after the service and takes size, region and image from the spec', () => {
    expect(desiredFor('DROPLET', spec, ctx)).toEqual({ name: 'svc-abcdef12', size: 's-1vcpu-1gb', region: 'ams3', image: 'debian-13-x64' });
    expect(hostnameFor(ctx.serviceId)).toBe('svc-abcdef12');
  });

  it('gives each mailbox a stable local part from its key', () => {
    expect(desiredFor('MAILBOX', spec, { ...ctx, key: 'mailbox:1' })).toEqual({ domain: 'example.org', localPart: 'info', quotaMiB: 2048 });
    expect(desiredFor('MAILBOX', spec, { ...ctx, key: 'mailbox:3' })).toMatchObject({ localPart: 'mail3' });
  });

  it("puts the backup repository in the partner's first region with the plan quota", () => {
    expect(desiredFor('BACKUP_REPO', spec, ctx)).toEqual({ name: 'coop-r1', region: 'us', quotaGiB: 40, alertDays: 2 });
  });
});

describe('isOutdated', () => {
  it('notices a new droplet size or mailbox quota, and nothing else', () => {
    expect(isOutdated('DROPLET', { name: 'a', size: 's-1vcpu-1gb' }, { name: 'b', size: 's-1vcpu-1gb' })).toBe(false);
    expect(isOutdated('DROPLET', { size: 's-1vcpu-1gb' }, { size: 's-2vcpu-4gb' })).toBe(true);
    expect(isOutdated('MAILBOX', { quotaMiB: 1 }, { quotaMiB: 2 })).toBe(true);
    expect(isOutdated('MAILBOX', null, { quotaMiB: 2 })).toBe(false);
  });
});
