import { describe, expect, it } from 'vitest';
import { internalHints, looksInternal, staffHandles } from './public-reply-guard';

const staff = [
  { name: 'Alex Moreno', email: 'alex.m@coop.example' },
  { name: 'Sam', email: 'samk@coop.example' },
];

describe('staff handles', () => {
  it('derives handles from e-mail local part, joined name and first name', () => {
    expect([...staffHandles(staff)].sort()).toEqual(['alex', 'alex.m', 'alex.moreno', 'alexmoreno', 'sam', 'samk']);
  });
});

describe('a public reply that looks internal', () => {
  it.each([
    ['@alex can you check the DNS first?', 'alex'],
    ['cc @AlexMoreno', 'alexmoreno'],
    ['(@samk) please look', 'samk'],
    ['thanks @alex.m.', 'alex.m'],
    ['@Sam: restart it', 'sam'],
  ])('flags %j as mentioning staff', (body, handle) => {
    expect(internalHints(body, staff)).toContainEqual({ kind: 'MENTION', handle });
  });

  it.each(['This is internal, do not share', 'INTERNAL: billing is late', 'we handled this internally'])(
    'flags %j for saying internal',
    (body) => {
      expect(looksInternal(body, staff)).toBe(true);
    },
  );

  it.each([
    'Hi, the DNS is fixed now.',
    'Write to alex@coop.example for invoices', // an address, not a mention
    'see support@alex.example',
    'Thanks @jordan, that worked', // not staff
    'We use international transit providers', // "international" is not "internal"
    'the internals of the mail server', // a different word
    '',
  ])('lets %j through', (body) => {
    expect(internalHints(body, staff)).toEqual([]);
  });

  it('reports each reason once, in order', () => {
    expect(internalHints('@alex internal note, @alex again, Internal!', staff)).toEqual([
      { kind: 'MENTION', handle: 'alex' },
      { kind: 'WORD', word: 'internal' },
    ]);
  });

  it('flags nothing by mention when there is no staff', () => {
    expect(looksInternal('@alex please check', [])).toBe(false);
  });
});
