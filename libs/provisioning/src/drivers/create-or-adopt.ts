// The create-or-adopt loop shared by the drivers: look for our object, create it if absent, and after
// an ambiguous failure (timeout, 5xx, "already exists") look again before creating a second time.
import { errorClassOf, ProvisioningError } from '../errors';
import { backoffDelay } from '../http/http-client';

export interface CreateOrAdoptOptions<H> {
  find(): Promise<H | undefined>;
  create(): Promise<H>;
  attempts?: number;
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export async function createOrAdopt<H>(options: CreateOrAdoptOptions<H>): Promise<{ handle: H; adopted: boolean }> {
  const attempts = options.attempts ?? 4;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    const found = await options.find();
    if (found !== undefined) return { handle: found, adopted: true };
    try {
      return { handle: await options.create(), adopted: false };
    } catch (e) {
      const conflict = e instanceof ProvisioningError && e.code === 'REMOTE_CONFLICT';
      if (attempt >= attempts || (!conflict && errorClassOf(e) !== 'retryable')) throw e;
      await sleep(conflict ? 0 : backoffDelay(attempt, options.baseDelayMs ?? 500, 10_000, Math.random));
    }
  }
}

/** Polls `check` until it returns a value, or fails as retryable after `maxWaitMs`. */
export async function pollUntil<T>(
  what: string,
  check: () => Promise<T | undefined>,
  options: { intervalMs: number; maxWaitMs: number; sleep?: (ms: number) => Promise<void> },
): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const deadline = Date.now() + options.maxWaitMs;
  for (;;) {
    const result = await check();
    if (result !== undefined) return result;
    if (Date.now() >= deadline) {
      throw new ProvisioningError('TIMEOUT', `${what} did not finish within ${options.maxWaitMs} ms`, 'retryable');
    }
    await sleep(options.intervalMs);
  }
}
