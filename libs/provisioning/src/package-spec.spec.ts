import { describe, expect, it } from 'vitest';
import { DEFAULT_IMAGE, PackageSpecError, parsePackageSpec, specForService } from './package-spec';

function fieldOf(input: unknown): string | undefined {
  try {
    parsePackageSpec(input);
  } catch (e) {
    if (e instanceof PackageSpecError) return e.field;
    throw e;
  }
  return undefined;
}

describe('parsePackageSpec', () => {
  it('fills in Debian 13 when a website names no image', () => {
    const spec = parsePackageSpec({ website: { size: 's-1vcpu-1gb', region: 'ams3' } });
    expect(spec.website).toEqual({ size: 's-1vcpu-1gb', region: 'ams3', image: DEFAULT_IMAGE });
    expect(DEFAULT_IMAGE).toBe('debian-13-x64');
  });

  it('accepts a full spec and keeps every part', () => {
    const spec = parsePackageSpec({
      website: { size: 's-2vcpu-4gb', region: 'fra1', image: 'debian-12-x64' },
      mail: { mailboxes: 5, quotaMiB: 2048 },
      backup: { retention: { daily: 7, weekly: 4, monthly: 6 }, schedule: '30 2 * * *', quotaGiB: 250 },
    });
    expect(spec).toEqual({
      website: { size: 's-2vcpu-4gb', region: 'fra1', image: 'debian-12-x64' },
      mail: { mailboxes: 5, quotaMiB: 2048 },
      backup: { retention: { daily: 7, weekly: 4, monthly: 6 }, schedule: '30 2 * * *', quotaGiB: 250 },
    });
  });

  it('defaults the backup schedule and quota', () => {
    const spec = parsePackageSpec({ backup: { retention: { daily: 7, weekly: 0, monthly: 0 } } });
    expect(spec.backup).toMatchObject({ schedule: '0 3 * * *', quotaGiB: 100 });
  });

  it('accepts a mail-only package', () => {
    expect(parsePackageSpec({ mail: { mailboxes: 1, quotaMiB: 512 } })).toEqual({ mail: { mailboxes: 1, quotaMiB: 512 } });
  });

  it('rejects a spec with no part', () => {
    expect(fieldOf({})).toBe('');
  });

  it('rejects a non-object', () => {
    expect(fieldOf('website')).toBe('');
    expect(fieldOf(null)).toBe('');
    expect(fieldOf([])).toBe('');
  });

  it('names the path of the offending field', () => {
    expect(fieldOf({ website: { region: 'ams3' } })).toBe('website.size');
    expect(fieldOf({ website: { size: 'S 1', region: 'ams3' } })).toBe('website.size');
    expect(fieldOf({ mail: { mailboxes: 0, quotaMiB: 10 } })).toBe('mail.mailboxes');
    expect(fieldOf({ mail: { mailboxes: 2.5, quotaMiB: 10 } })).toBe('mail.mailboxes');
    expect(fieldOf({ mail: { mailboxes: 2, quotaMiB: '10' } })).toBe('mail.quotaMiB');
    expect(fieldOf({ backup: { retention: { daily: -1, weekly: 0, monthly: 0 } } })).toBe('backup.retention.daily');
    expect(fieldOf({ backup: { retention: { daily: 1, weekly: 0, monthly: 0 }, schedule: 'daily' } })).toBe(
      'backup.schedule',
    );
  });

  it('rejects unknown fields instead of silently dropping them', () => {
    expect(fieldOf({ website: { size: 'a', region: 'b', cpu: 4 } })).toBe('website.cpu');
    expect(fieldOf({ mail: { mailboxes: 1, quotaMiB: 1 }, dns: true })).toBe('dns');
  });

  it('rejects a retention that keeps nothing', () => {
    expect(fieldOf({ backup: { retention: { daily: 0, weekly: 0, monthly: 0 } } })).toBe('backup.retention');
  });

  it('throws an error carrying its code', () => {
    expect(() => parsePackageSpec({})).toThrow(PackageSpecError);
    try {
      parsePackageSpec({ mail: {} });
    } catch (e) {
      expect((e as PackageSpecError).code).toBe('INVALID_PACKAGE_SPEC');
    }
  });
});

describe('specForService', () => {
  it('adds the lower-cased domain to the package spec', () => {
    const spec = specForService(parsePackageSpec({ mail: { mailboxes: 2, quotaMiB: 100 } }), 'Example.ORG');
    expect(spec).toEqual({ mail: { mailboxes: 2, quotaMiB: 100 }, domain: 'example.org' });
  });

  it('rejects something that is not a domain', () => {
    expect(() => specForService({ mail: { mailboxes: 1, quotaMiB: 1 } }, 'not a domain')).toThrow(/domain/);
  });
});
