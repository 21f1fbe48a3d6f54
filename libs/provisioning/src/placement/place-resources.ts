// Where each part of a service goes: active partners offering the kind (in the droplet's region)
// with capacity; co-op partners first, then the cheaper; and a backup repository never at the partner
// hosting the droplet it backs up. Every choice carries a sentence saying why, which is stored.
import { ProvisioningError } from '../errors';
import type { DriverName } from '../drivers/driver';
import type { PackageSpec } from '../package-spec';
import type { ResourceKind } from '../resource-kinds';

export interface PartnerOffer {
  id: string;
  name: string;
  driver: DriverName;
  active: boolean;
  coop: boolean;
  /** Region slugs the partner serves; only droplets are bound to a region. */
  regions: string[];
  offers: ResourceKind[];
  /** Price per unit and month in cents. Missing means unknown, sorted last. */
  prices: Partial<Record<ResourceKind, number>>;
  /** Units still available; missing or null means no limit. */
  capacity: Partial<Record<ResourceKind, number | null>>;
}

export interface PlacementChoice {
  kind: ResourceKind;
  partnerId: string;
  partnerName: string;
  reason: string;
}

export type Placement = Partial<Record<ResourceKind, PlacementChoice>>;

export class PlacementError extends ProvisioningError {
  constructor(
    readonly kind: ResourceKind,
    message: string,
  ) {
    super('NO_PARTNER', message, 'needs_human');
    this.name = 'PlacementError';
  }
}

interface Need {
  kind: ResourceKind;
  units: number;
  region?: string;
  /** Mailboxes live where their domain lives. */
  alsoOffers?: ResourceKind;
}

function needsOf(spec: PackageSpec): Need[] {
  const needs: Need[] = [];
  if (spec.website) needs.push({ kind: 'DROPLET', units: 1, region: spec.website.region });
  if (spec.mail) needs.push({ kind: 'MAIL_DOMAIN', units: 1, alsoOffers: 'MAILBOX' });
  if (spec.backup) needs.push({ kind: 'BACKUP_REPO', units: 1 });
  return needs;
}

function euros(cents: number | undefined): string {
  return cents === undefined ? 'price unknown' : `€${(cents / 100).toFixed(2)}/month`;
}

function rejection(partner: PartnerOffer, need: Need, mailboxes: number, avoid?: PlacementChoice): string | undefined {
  if (!partner.active) return 'retired';
  if (!partner.offers.includes(need.kind)) return `does not offer ${need.kind}`;
  if (need.alsoOffers && !partner.offers.includes(need.alsoOffers)) return `does not offer ${need.alsoOffers}`;
  if (need.region && !partner.regions.includes(need.region)) return `not in region ${need.region}`;
  const left = partner.capacity[need.kind];
  if (left != null && left < need.units) return `no capacity for ${need.kind}`;
  if (need.alsoOffers) {
    const boxes = partner.capacity[need.alsoOffers];
    if (boxes != null && boxes < mailboxes) return `no capacity for ${mailboxes} mailboxes`;
  }
  if (avoid && partner.id === avoid.partnerId) return `hosts the droplet, and backups must be off-site`;
  return undefined;
}

function compare(kind: ResourceKind) {
  return (a: PartnerOffer, b: PartnerOffer) =>
    Number(b.coop) - Number(a.coop) ||
    (a.prices[kind] ?? Number.MAX_SAFE_INTEGER) - (b.prices[kind] ?? Number.MAX_SAFE_INTEGER) ||
    a.name.localeCompare(b.name);
}

/**
 * Chooses a partner for each kind the spec needs (MAILBOX follows MAIL_DOMAIN). `pinned` keeps the
 * partner already holding a kind (a package change must not move a live droplet). Throws
 * `PlacementError` naming the kind and why each partner was rejected.
 */
export function placeResources(
  spec: PackageSpec,
  partners: PartnerOffer[],
  pinned: Partial<Record<ResourceKind, string>> = {},
): Placement {
  const placement: Placement = {};
  const mailboxes = spec.mail?.mailboxes ?? 0;
  for (const need of needsOf(spec)) {
    const avoid = need.kind === 'BACKUP_REPO' ? placement.DROPLET : undefined;
    const pinnedPartner = partners.find((p) => p.id === pinned[need.kind]);
    if (pinnedPartner && !(avoid && avoid.partnerId === pinnedPartner.id)) {
      placement[need.kind] = {
        kind: need.kind,
        partnerId: pinnedPartner.id,
        partnerName: pinnedPartner.name,
        reason: `${pinnedPartner.name} already holds this service's ${need.kind}; kept there`,
      };
    } else {
      const rejected: string[] = [];
      const candidates = partners
        .filter((p) => {
          const why = rejection(p, need, mailboxes, avoid);
          if (why) rejected.push(`${p.name}: ${why}`);
          return !why;
        })
        .sort(compare(need.kind));
      const chosen = candidates[0];
      if (!chosen) {
        throw new PlacementError(
          need.kind,
          `no partner can take ${need.kind}${need.region ? ` in ${need.region}` : ''}` +
            (rejected.length ? ` (${rejected.join('; ')})` : ' (no partners)'),
        );
      }
      const parts = [
        `${chosen.name}: ${chosen.coop ? 'co-op partner' : 'not a co-op'}`,
        need.region ? `in ${need.region}` : undefined,
        euros(chosen.prices[need.kind]),
        `first of ${candidates.length} candidate${candidates.length === 1 ? '' : 's'} (co-ops first, then price)`,
        avoid ? `off-site from ${avoid.partnerName}, which hosts the droplet` : undefined,
      ];
      placement[need.kind] = {
        kind: need.kind,
        partnerId: chosen.id,
        partnerName: chosen.name,
        reason: parts.filter(Boolean).join(', '),
      };
    }
    if (need.kind === 'MAIL_DOMAIN') {
      const domain = placement.MAIL_DOMAIN!;
      placement.MAILBOX = { ...domain, kind: 'MAILBOX', reason: `with the mail domain at ${domain.partnerName}` };
    }
  }
  return placement;
}
