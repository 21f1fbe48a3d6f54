import { describe, expect, it } from 'vitest';
import { ProvisioningError } from '../errors';
import { createOrAdopt, pollUntil } from './create-or-adopt';

const noSleep = async () => undefined;

describe('createOrAdopt', () => {
  it('adopts what it finds without creating', async () => {
    let creates = 0;
    const result = await createOrAdopt({ find: async () => 'existing', create: async () => (creates++, 'new'), sleep: noSleep });
    expect(result).toEqual({ handle: 'existing', adopted: true });
    expect(creates).toBe(0);
  });

  it('looks again after an ambiguous failure and adopts what the failed create made', async () => {
    let made: string | undefined;
    let creates = 0;
    const result = await createOrAdopt({
      find: async () => made,
      create: async () => {
        creates++;
        made = 'made-but-answer-lost';
        throw new ProvisioningError('TIMEOUT', 'timed out', 'retryable');
      },
      sleep: noSleep,
    });
    expect(result).toEqual({ handle: 'made-but-answer-lost', adopted: true });
    expect(creates).toBe(1);
  });

  it('treats "already exists" as a reason to look again', async () => {
    let finds = 0;
    const result = await createOrAdopt({
      find: async () => (++finds > 1 ? 'theirs' : undefined),
      create: async () => {
        throw new ProvisioningError('REMOTE_CONFLICT', 'object_exists', 'permanent');
      },
      sleep: noSleep,
    });
    expect(result).toEqual({ handle: 'theirs', adopted: true });
  });

  it('gives up at once on a permanent error and after the attempts on retryable ones', async () => {
    let creates = 0;
    const permanent = createOrAdopt({ find: async () => undefined, create: async () => { creates++; throw new ProvisioningError('REMOTE_REJECTED', 'bad size', 'permanent'); }, sleep: noSleep });
    await expect(permanent).rejects.toThrow('bad size');
    expect(creates).toBe(1);
    creates = 0;
    const flaky = createOrAdopt({ find: async () => undefined, create: async () => { creates++; throw new ProvisioningError('NETWORK_ERROR', 'reset', 'retryable'); }, attempts: 3, sleep: noSleep });
    await expect(flaky).rejects.toThrow('reset');
    expect(creates).toBe(3);
  });
});

describe('pollUntil', () => {
  it('returns the first value and times out as retryable', async () => {
    let n = 0;
    expect(await pollUntil('thing', async () => (++n === 3 ? 'done' : undefined), { intervalMs: 1, maxWaitMs: 1000 })).toBe('done');
    const err = await pollUntil('never', async () => undefined, { intervalMs: 5, maxWaitMs: 20 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProvisioningError);
    expect((err as ProvisioningError).errorClass).toBe('retryable');
  });
});
