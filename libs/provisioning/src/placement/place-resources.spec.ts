import { describe, expect, it } from 'vitest';
import { parsePackageSpec } from '../package-spec';
import { placeResources, PlacementError, type PartnerOffer } from './place-resources';

function partner(over: Partial<PartnerOffer> & { id: string }): PartnerOffer {
  return {
    name: over.id,
    driver: 'sandbox',
    active: true,
    coop: true,
    regions: ['ams3'],
    offers: ['DROPLET', 'MAIL_DOMAIN', 'MAILBOX', 'BACKUP_REPO'],
    prices: {},
    capacity: {},
    ...over,
  };
}

const full = parsePackageSpec({
  website: { size: 's-1vcpu-1gb', region: 'ams3' },
  mail: { mailboxes: 3, quotaMiB: 1024 },
  backup: { retention: { daily: 7, weekly: 4, monthly: 3 } },
});

describe('placeResources', () => {
  it('never places a backup at the partner hosting the droplet', () => {
    const partners = [partner({ id: 'a', prices: { DROPLET: 500, BACKUP_REPO: 100 } }), partner({ id: 'b', prices: { DROPLET: 900, BACKUP_REPO: 900 } })];
    const placement = placeResources(full, partners);
    expect(placement.DROPLET?.partnerId).toBe('a');
    expect(placement.BACKUP_REPO?.partnerId).toBe('b');
    expect(placement.BACKUP_REPO?.reason).toContain('off-site from a');
  });

  it('fails with a reason when the only backup partner hosts the droplet', () => {
    const err = (() => {
      try {
        placeResources(full, [partner({ id: 'only' })]);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(PlacementError);
    expect((err as PlacementError).kind).toBe('BACKUP_REPO');
    expect((err as PlacementError).message).toContain('backups must be off-site');
  });

  it('prefers a co-op partner over a cheaper one that is not', () => {
    const partners = [
      partner({ id: 'cheap-corp', coop: false, prices: { DROPLET: 100 } }),
      partner({ id: 'coop', coop: true, prices: { DROPLET: 800 } }),
    ];
    const spec = parsePackageSpec({ website: { size: 's', region: 'ams3' } });
    expect(placeResources(spec, partners).DROPLET?.partnerId).toBe('coop');
  });

  it('among co-ops picks the cheaper, and puts the price in the reason', () => {
    const partners = [partner({ id: 'x', prices: { DROPLET: 800 } }), partner({ id: 'y', prices: { DROPLET: 600 } })];
    const choice = placeResources(parsePackageSpec({ website: { size: 's', region: 'ams3' } }), partners).DROPLET!;
    expect(choice.partnerId).toBe('y');
    expect(choice.reason).toContain('€6.00/month');
    expect(choice.reason).toContain('in ams3');
  });

  it('skips retired partners, other regions, missing offers and full partners', () => {
    const partners = [
      partner({ id: 'retired', active: false, prices: { DROPLET: 1 } }),
      partner({ id: 'elsewhere', regions: ['nyc3'], prices: { DROPLET: 1 } }),
      partner({ id: 'mail-only', offers: ['MAIL_DOMAIN', 'MAILBOX'], prices: { DROPLET: 1 } }),
      partner({ id: 'full', capacity: { DROPLET: 0 }, prices: { DROPLET: 1 } }),
      partner({ id: 'fine', prices: { DROPLET: 999 } }),
    ];
    expect(placeResources(parsePackageSpec({ website: { size: 's', region: 'ams3' } }), partners).DROPLET?.partnerId).toBe('fine');
  });

  it('puts mailboxes with their domain and needs room for all of them', () => {
    const partners = [partner({ id: 'small', capacity: { MAILBOX: 2 } }), partner({ id: 'big', capacity: { MAILBOX: 50 } })];
    const placement = placeResources(parsePackageSpec({ mail: { mailboxes: 3, quotaMiB: 100 } }), partners);
    expect(placement.MAIL_DOMAIN?.partnerId).toBe('big');
    expect(placement.MAILBOX?.partnerId).toBe('big');
  });

  it('keeps a pinned partner, but not when it would break the off-site rule', () => {
    const partners = [partner({ id: 'a', prices: { DROPLET: 900 } }), partner({ id: 'b', prices: { DROPLET: 100 } })];
    const kept = placeResources(full, partners, { DROPLET: 'a' });
    expect(kept.DROPLET?.partnerId).toBe('a');
    expect(kept.DROPLET?.reason).toContain('kept there');
    const moved = placeResources(full, partners, { DROPLET: 'a', BACKUP_REPO: 'a' });
    expect(moved.BACKUP_REPO?.partnerId).toBe('b');
  });

  it('names the region when no partner serves it', () => {
    expect(() => placeResources(parsePackageSpec({ website: { size: 's', region: 'sgp1' } }), [partner({ id: 'a' })])).toThrow(
      /in sgp1.*a: not in region sgp1/,
    );
  });
});
