import { parseMoneyInput, toDecimalString } from '../common/money';
import type { PartnerDriver, PartnerFieldsFragment, PartnerKindTermsInput, ResourceKind } from '../gql/graphql';

/** What each driver can make and which credential it takes (as libs/provisioning's DRIVER_KINDS; the API refuses the rest). */
export const DRIVERS: Record<PartnerDriver, { label: string; kinds: ResourceKind[]; credential: 'token' | 'apiKey' | null; credentialLabel: string }> = {
  DIGITALOCEAN: { label: 'DigitalOcean API', kinds: ['DROPLET'], credential: 'token', credentialLabel: 'API token' },
  MAILCOW: { label: 'mailcow', kinds: ['MAIL_DOMAIN', 'MAILBOX'], credential: 'apiKey', credentialLabel: 'API key' },
  BORGBASE: { label: 'BorgBase', kinds: ['BACKUP_REPO'], credential: 'token', credentialLabel: 'API token' },
  SANDBOX: { label: 'Sandbox (simulated)', kinds: ['DROPLET', 'MAIL_DOMAIN', 'MAILBOX', 'BACKUP_REPO'], credential: null, credentialLabel: '' },
};

export const KIND_WORDS: Record<ResourceKind, string> = { DROPLET: 'Web servers', MAIL_DOMAIN: 'Mail domains', MAILBOX: 'Mailboxes', BACKUP_REPO: 'Backup repositories' };
const KINDS = Object.keys(KIND_WORDS) as ResourceKind[];

/** Partner prices are cents per unit and month; the co-op bills in CAD. */
const PRICE_CURRENCY = 'CAD';

export const EMPTY_PARTNER_VALUES = {
  name: '',
  apiBaseUrl: 'https://',
  regions: '',
  offers: '',
  credential: '',
  ...(Object.fromEntries(KINDS.flatMap((k) => [[`${k}.price`, ''], [`${k}.capacity`, '']])) as Record<`${ResourceKind}.${'price' | 'capacity'}`, string>),
};
export type PartnerValues = typeof EMPTY_PARTNER_VALUES;

/** An existing partner as form values; the credential is never known here, only whether one is stored. */
export function partnerValues(p: PartnerFieldsFragment): { values: PartnerValues; kinds: ResourceKind[] } {
  const values: PartnerValues = { ...EMPTY_PARTNER_VALUES, name: p.name, apiBaseUrl: p.apiBaseUrl, regions: p.regions.join(', ') };
  for (const o of p.offers) {
    values[`${o.kind}.price`] = o.priceCents == null ? '' : toDecimalString(o.priceCents, PRICE_CURRENCY);
    values[`${o.kind}.capacity`] = o.capacity == null ? '' : String(o.capacity);
  }
  return { values, kinds: p.offers.map((o) => o.kind) };
}

export type PartnerInputFields = { name: string; apiBaseUrl: string; regions: string[]; offers: PartnerKindTermsInput[]; credentials?: { token?: string; apiKey?: string } };

/** Form values -> createPartner/updatePartner fields; an empty credential field leaves the stored one alone. */
export function partnerInput(v: PartnerValues, driver: PartnerDriver, kinds: ResourceKind[]): { input: PartnerInputFields } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const offers = KINDS.filter((k) => kinds.includes(k) && DRIVERS[driver].kinds.includes(k)).map((kind) => {
    const price = v[`${kind}.price`].trim();
    const capacity = v[`${kind}.capacity`].trim();
    const priceCents = price ? parseMoneyInput(price, PRICE_CURRENCY) : null;
    if (price && priceCents === null) errors[`${kind}.price`] = 'Must be an amount such as 6.00';
    if (capacity && !/^\d+$/.test(capacity)) errors[`${kind}.capacity`] = 'Must be a whole number, or empty for no limit';
    return { kind, priceCents, capacity: capacity ? Number(capacity) : null };
  });
  if (offers.length === 0) errors.offers = 'Choose at least one thing this partner hosts';
  if (Object.keys(errors).length) return { errors };
  const credential = DRIVERS[driver].credential;
  const secret = v.credential.trim();
  return {
    input: {
      name: v.name.trim(),
      apiBaseUrl: v.apiBaseUrl.trim(),
      regions: v.regions.split(/[\s,]+/).filter(Boolean),
      offers,
      ...(credential && secret ? { credentials: { [credential]: secret } } : {}),
    },
  };
}
