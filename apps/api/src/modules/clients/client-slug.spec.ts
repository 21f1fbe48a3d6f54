import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from './client-slug';

describe('client slugs', () => {
  it('folds accents, punctuation and case', () => {
    expect(slugify('Café Tortue & Co.')).toBe('cafe-tortue-co');
    expect(slugify('  --Ünïcode   Bakery--  ')).toBe('unicode-bakery');
  });

  it('never yields an empty slug', () => {
    expect(slugify('!!!')).toBe('client');
    expect(slugify('日本')).toBe('client');
  });

  it('numbers a taken slug', () => {
    expect(uniqueSlug('tortue', new Set())).toBe('tortue');
    expect(uniqueSlug('tortue', new Set(['tortue', 'tortue-2']))).toBe('tortue-3');
  });
});
