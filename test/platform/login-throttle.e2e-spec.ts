import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { user { email } } }`;

describe('login throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { LOGIN_MAX_FAILURES_PER_EMAIL: '3', LOGIN_MAX_FAILURES_PER_IP: '8', LOGIN_THROTTLE_WINDOW_SECONDS: '600' } });
  });
  afterAll(() => t?.close());

  it('blocks an email after 3 failures, even with the right password, then lets it in after the window', async () => {
    const user = await createUser(t);
    for (let i = 0; i < 3; i++) {
      const r = await t.gql(LOG_IN, { input: { email: user.email, password: 'wrong password here' } });
      expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await t.gql(LOG_IN, { input: { email: user.email, password: user.password } });
    expect(blocked.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(590);
    expect(blocked.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(600);
    // Unknown emails are throttled the same way (no way to tell them apart).
    for (let i = 0; i < 3; i++) await t.gql(LOG_IN, { input: { email: 'ghost@example.test', password: 'wrong password here' } });
    expect((await t.gql(LOG_IN, { input: { email: 'ghost@example.test', password: 'x' } })).errors?.[0].extensions?.code).toBe('RATE_LIMITED');

    t.clock.advance(601_000);
    const ok = await t.gql(LOG_IN, { input: { email: user.email, password: user.password } });
    expect(ok.data?.logIn.user.email).toBe(user.email);
  });

  it('blocks an IP after 8 failures across different emails', async () => {
    t.clock.advance(3_600_000);
    for (let i = 0; i < 8; i++) await t.gql(LOG_IN, { input: { email: `spray-${i}@example.test`, password: 'wrong password here' } });
    const user = await createUser(t);
    const r = await t.gql(LOG_IN, { input: { email: user.email, password: user.password } });
    expect(r.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});
