import { describe, expect, it } from 'vitest';
import { markShared, stringifyResult } from './shared-answers';

describe('answer JSON', () => {
  it('is compact JSON of the result', () => {
    expect(stringifyResult({ data: { a: [1, 2] } })).toBe('{"data":{"a":[1,2]}}');
    expect(stringifyResult({ errors: [{ message: 'x' }], data: null })).toBe('{"errors":[{"message":"x"}],"data":null}');
  });

  it('is made once for a shared answer, whatever object Apollo wraps its data in', () => {
    const shared = { data: { n: 1 } };
    markShared(shared);
    const first = stringifyResult({ errors: undefined, data: shared.data, extensions: undefined });
    expect(first).toBe('{"data":{"n":1}}');
    shared.data.n = 2; // kept answers are never changed; this shows the JSON is not made again
    expect(stringifyResult({ data: shared.data })).toBe(first);
  });

  it('is made every time for an answer not shared', () => {
    const once = { data: { n: 1 } };
    stringifyResult(once);
    once.data.n = 2;
    expect(stringifyResult(once)).toBe('{"data":{"n":2}}');
  });
});
