import { describe, expect, it } from 'vitest';
import { decodeForm } from './form-body';

describe('decodeForm', () => {
  it('decodes what stripe-node sends: nested objects, indexed arrays, encoded values', () => {
    const body =
      'mode=subscription&line_items[0][price]=price_1&line_items[0][quantity]=1&metadata[coop_order_id]=o%201' +
      '&subscription_data[metadata][k]=a%26b&success_url=http%3A%2F%2Fx%2Fok%3Fa%3D1&lookup_keys%5B0%5D=k1&lookup_keys%5B1%5D=k2';
    expect(decodeForm(body)).toEqual({
      mode: 'subscription',
      line_items: [{ price: 'price_1', quantity: '1' }],
      metadata: { coop_order_id: 'o 1' },
      subscription_data: { metadata: { k: 'a&b' } },
      success_url: 'http://x/ok?a=1',
      lookup_keys: ['k1', 'k2'],
    });
  });

  it('keeps empty values (used to unset) and object keys that only look numeric in part', () => {
    expect(decodeForm('metadata[a]=&metadata[1]=x')).toEqual({ metadata: { a: '', 1: 'x' } });
    expect(decodeForm('')).toEqual({});
  });
});
