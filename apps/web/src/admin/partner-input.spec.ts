import { describe, expect, it } from 'vitest';
import { EMPTY_PARTNER_VALUES, partnerInput, partnerValues } from './partner-input';

describe('the partner form', () => {
  const values = { ...EMPTY_PARTNER_VALUES, name: ' Green Cloud ', apiBaseUrl: 'https://api.example.coop', regions: 'ams3, tor1  lon1', 'DROPLET.price': '6', 'DROPLET.capacity': '10' };

  it('sends a credential only when one was typed, under the name the driver uses', () => {
    const typed = partnerInput({ ...values, credential: 'dop_v1_secret' }, 'DIGITALOCEAN', ['DROPLET']);
    expect(typed).toEqual({
      input: {
        name: 'Green Cloud',
        apiBaseUrl: 'https://api.example.coop',
        regions: ['ams3', 'tor1', 'lon1'],
        offers: [{ kind: 'DROPLET', priceCents: 600, capacity: 10 }],
        credentials: { token: 'dop_v1_secret' },
      },
    });
    expect(partnerInput({ ...values, credential: 'k' }, 'MAILCOW', ['MAILBOX'])).toMatchObject({ input: { credentials: { apiKey: 'k' } } });
    expect(partnerInput(values, 'DIGITALOCEAN', ['DROPLET'])).not.toHaveProperty('input.credentials');
  });

  it('offers only what the driver can make, and says what is wrong', () => {
    expect(partnerInput(values, 'BORGBASE', ['DROPLET'])).toEqual({ errors: { offers: 'Choose at least one thing this partner hosts' } });
    expect(partnerInput({ ...values, 'DROPLET.price': 'six', 'DROPLET.capacity': '-1' }, 'DIGITALOCEAN', ['DROPLET'])).toEqual({
      errors: { 'DROPLET.price': 'Must be an amount such as 6.00', 'DROPLET.capacity': 'Must be a whole number, or empty for no limit' },
    });
  });

  it('never puts a stored credential back into the form', () => {
    const { values: v, kinds } = partnerValues({
      id: 'p1', name: 'Mail Co-op', driver: 'MAILCOW', apiBaseUrl: 'https://mail.example.coop', regions: [], coop: true, active: true,
      hasCredentials: true, simulated: false, createdAt: '2026-11-01T00:00:00Z', offers: [{ kind: 'MAILBOX', priceCents: 50, capacity: null }],
    });
    expect(v.credential).toBe('');
    expect(kinds).toEqual(['MAILBOX']);
    expect(v['MAILBOX.price']).toBe('0.50');
  });
});
