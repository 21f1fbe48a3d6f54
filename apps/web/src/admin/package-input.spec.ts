import { describe, expect, it } from 'vitest';
import type { AdminPackageFieldsFragment } from '../gql/graphql';
import { describeSpec, EMPTY_PACKAGE_VALUES, packageInput, packageValues } from './package-input';

const pkg: AdminPackageFieldsFragment = {
  id: 'p1',
  slug: 'website-mail',
  name: 'Website + Mail',
  description: 'A site and five mailboxes',
  spec: { website: { size: 's-1vcpu-2gb', region: 'tor1', image: 'debian-13-x64' }, mail: { mailboxes: 5, quotaMiB: 2048 } },
  active: true,
  graceDays: 7,
  suspensionDays: 30,
  prices: [{ id: 'pr1', cycle: 'MONTHLY', amount: 2500, currency: 'CAD', formattedAmount: '$25.00', partnerCost: 950 }],
};

describe('the package form', () => {
  it('round-trips a package through the form values', () => {
    const { values, parts } = packageValues(pkg);
    expect(parts).toEqual({ website: true, mail: true, backup: false });
    expect(values['prices.MONTHLY.amount']).toBe('25.00');
    expect(values['prices.MONTHLY.partnerCost']).toBe('9.50');
    const result = packageInput(values, parts);
    expect(result).toEqual({
      input: {
        name: 'Website + Mail',
        description: 'A site and five mailboxes',
        spec: pkg.spec,
        prices: [{ cycle: 'MONTHLY', amount: 2500, currency: 'CAD', partnerCost: 950 }],
        graceDays: 7,
        suspensionDays: 30,
      },
    });
  });

  it('puts what the browser can tell is wrong next to the field', () => {
    const values = { ...EMPTY_PACKAGE_VALUES, 'prices.MONTHLY.amount': '25,5x', graceDays: 'soon' };
    expect(packageInput(values, { website: true, mail: false, backup: false })).toEqual({
      errors: { 'prices.MONTHLY.amount': 'Must be an amount such as 25.00', graceDays: 'Must be a whole number' },
    });
    expect(packageInput(EMPTY_PACKAGE_VALUES, { website: true, mail: false, backup: false })).toEqual({ errors: { 'prices.MONTHLY.amount': 'Give at least one price' } });
  });

  it('says in words what a package provisions', () => {
    expect(describeSpec(pkg.spec)).toBe('Website s-1vcpu-2gb in tor1 · 5 mailboxes of 2 GiB');
    expect(describeSpec({})).toBe('Nothing provisioned');
  });
});
