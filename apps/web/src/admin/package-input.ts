import type { AdminPackageFieldsFragment, BillingCycle, PackagePriceInput } from '../gql/graphql';
import { parseMoneyInput, toDecimalString } from '../common/money';

/** The package form's fields, named as the API names them in BAD_USER_INPUT so its messages land beside them. */
export const EMPTY_PACKAGE_VALUES = {
  slug: '',
  name: '',
  description: '',
  'spec.website.size': 's-1vcpu-1gb',
  'spec.website.region': 'tor1',
  'spec.website.image': 'debian-13-x64',
  'spec.mail.mailboxes': '5',
  'spec.mail.quotaMiB': '2048',
  'spec.backup.retention.daily': '7',
  'spec.backup.retention.weekly': '4',
  'spec.backup.retention.monthly': '6',
  'spec.backup.schedule': '0 3 * * *',
  'spec.backup.quotaGiB': '100',
  'prices.currency': 'CAD',
  'prices.MONTHLY.amount': '',
  'prices.MONTHLY.partnerCost': '',
  'prices.YEARLY.amount': '',
  'prices.YEARLY.partnerCost': '',
  graceDays: '7',
  suspensionDays: '30',
};
export type PackageValues = typeof EMPTY_PACKAGE_VALUES;
export type PackageField = keyof PackageValues;
export type PackageParts = { website: boolean; mail: boolean; backup: boolean };

export const CYCLES: { cycle: BillingCycle; label: string }[] = [
  { cycle: 'MONTHLY', label: 'Monthly' },
  { cycle: 'YEARLY', label: 'Yearly' },
];

type Spec = {
  website?: { size?: string; region?: string; image?: string };
  mail?: { mailboxes?: number; quotaMiB?: number };
  backup?: { retention?: { daily?: number; weekly?: number; monthly?: number }; schedule?: string; quotaGiB?: number };
};

/** An existing package as form values (amounts back to decimals), and which parts it provisions. */
export function packageValues(pkg: AdminPackageFieldsFragment): { values: PackageValues; parts: PackageParts } {
  const spec = (pkg.spec ?? {}) as Spec;
  const d = EMPTY_PACKAGE_VALUES;
  const text = (v: string | number | undefined, fallback: string) => (v === undefined ? fallback : String(v));
  const currency = pkg.prices[0]?.currency ?? d['prices.currency'];
  const values: PackageValues = {
    ...d,
    slug: pkg.slug,
    name: pkg.name,
    description: pkg.description,
    'spec.website.size': text(spec.website?.size, d['spec.website.size']),
    'spec.website.region': text(spec.website?.region, d['spec.website.region']),
    'spec.website.image': text(spec.website?.image, d['spec.website.image']),
    'spec.mail.mailboxes': text(spec.mail?.mailboxes, d['spec.mail.mailboxes']),
    'spec.mail.quotaMiB': text(spec.mail?.quotaMiB, d['spec.mail.quotaMiB']),
    'spec.backup.retention.daily': text(spec.backup?.retention?.daily, d['spec.backup.retention.daily']),
    'spec.backup.retention.weekly': text(spec.backup?.retention?.weekly, d['spec.backup.retention.weekly']),
    'spec.backup.retention.monthly': text(spec.backup?.retention?.monthly, d['spec.backup.retention.monthly']),
    'spec.backup.schedule': text(spec.backup?.schedule, d['spec.backup.schedule']),
    'spec.backup.quotaGiB': text(spec.backup?.quotaGiB, d['spec.backup.quotaGiB']),
    'prices.currency': currency,
    graceDays: String(pkg.graceDays),
    suspensionDays: String(pkg.suspensionDays),
  };
  for (const price of pkg.prices) {
    values[`prices.${price.cycle}.amount`] = toDecimalString(price.amount, price.currency);
    values[`prices.${price.cycle}.partnerCost`] = price.partnerCost == null ? '' : toDecimalString(price.partnerCost, price.currency);
  }
  return { values, parts: { website: !!spec.website, mail: !!spec.mail, backup: !!spec.backup } };
}

export type PackageInputFields = {
  name: string;
  description: string;
  spec: Spec;
  prices: PackagePriceInput[];
  graceDays: number;
  suspensionDays: number;
};

/**
 * Form values -> the fields of createPackage/updatePackage, or the messages for what the browser can
 * already tell is wrong (amounts and day counts). The API checks the rest and names the field.
 */
export function packageInput(v: PackageValues, parts: PackageParts): { input: PackageInputFields } | { errors: Partial<Record<PackageField, string>> } {
  const errors: Partial<Record<PackageField, string>> = {};
  const whole = (field: PackageField): number => {
    const text = v[field].trim();
    if (!/^\d+$/.test(text)) errors[field] = 'Must be a whole number';
    return Number(text);
  };
  const currency = v['prices.currency'].trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) errors['prices.currency'] = 'Must be an ISO 4217 code such as CAD';
  const prices: PackagePriceInput[] = [];
  for (const { cycle } of CYCLES) {
    const amountField = `prices.${cycle}.amount` as const;
    const costField = `prices.${cycle}.partnerCost` as const;
    if (!v[amountField].trim() && !v[costField].trim()) continue;
    const amount = errors['prices.currency'] ? 0 : parseMoneyInput(v[amountField], currency);
    const partnerCost = errors['prices.currency'] ? 0 : v[costField].trim() ? parseMoneyInput(v[costField], currency) : 0;
    if (amount === null) errors[amountField] = 'Must be an amount such as 25.00';
    if (partnerCost === null) errors[costField] = 'Must be an amount such as 9.50';
    prices.push({ cycle, amount: amount ?? 0, currency, partnerCost: partnerCost ?? 0 });
  }
  if (prices.length === 0) errors['prices.MONTHLY.amount'] = 'Give at least one price';
  const spec: Spec = {};
  if (parts.website) spec.website = { size: v['spec.website.size'].trim(), region: v['spec.website.region'].trim(), image: v['spec.website.image'].trim() };
  if (parts.mail) spec.mail = { mailboxes: whole('spec.mail.mailboxes'), quotaMiB: whole('spec.mail.quotaMiB') };
  if (parts.backup) {
    spec.backup = {
      retention: { daily: whole('spec.backup.retention.daily'), weekly: whole('spec.backup.retention.weekly'), monthly: whole('spec.backup.retention.monthly') },
      schedule: v['spec.backup.schedule'].trim(),
      quotaGiB: whole('spec.backup.quotaGiB'),
    };
  }
  const graceDays = whole('graceDays');
  const suspensionDays = whole('suspensionDays');
  if (Object.keys(errors).length) return { errors };
  return { input: { name: v.name.trim(), description: v.description.trim(), spec, prices, graceDays, suspensionDays } };
}

/** "Website s-1vcpu-1gb in tor1 · 5 mailboxes of 2 GiB · backups 7/4/6" for the table. */
export function describeSpec(value: unknown): string {
  const spec = (value ?? {}) as Spec;
  const parts: string[] = [];
  if (spec.website) parts.push(`Website ${spec.website.size} in ${spec.website.region}`);
  if (spec.mail) parts.push(`${spec.mail.mailboxes} mailbox${spec.mail.mailboxes === 1 ? '' : 'es'} of ${formatMiB(spec.mail.quotaMiB ?? 0)}`);
  if (spec.backup) {
    const r = spec.backup.retention ?? {};
    parts.push(`Backups (${r.daily ?? 0} daily, ${r.weekly ?? 0} weekly, ${r.monthly ?? 0} monthly)`);
  }
  return parts.join(' · ') || 'Nothing provisioned';
}

function formatMiB(mib: number): string {
  return mib >= 1024 && mib % 1024 === 0 ? `${mib / 1024} GiB` : `${mib} MiB`;
}
