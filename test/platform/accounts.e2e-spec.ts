import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, loginAs } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id email name staffRole } } }`;
const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { token user { email } } }`;
const ME = `{ me { id email name staffRole } }`;

describe('accounts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('signs up, sets an httpOnly SameSite=Lax cookie, and the token identifies the user', async () => {
    const res = await t.http
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({ query: SIGN_UP, variables: { input: { email: 'Ada@Example.test', password: 'a long enough password', name: 'Ada' } } });
    expect(res.body.errors).toBeUndefined();
    const { token, user } = res.body.data.signUp;
    expect(user).toMatchObject({ email: 'ada@example.test', name: 'Ada', staffRole: null });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/portal_session=cps_/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await t.gql(ME, {}, { token });
    expect(me.data?.me.email).toBe('ada@example.test');
    const viaCookie = await t.http.post('/graphql').set('Content-Type', 'application/json').set('Cookie', cookie.split(';')[0]).send({ query: ME });
    expect(viaCookie.body.data.me.id).toBe(user.id);
  });

  it('refuses a second account with the same email in another case (CONFLICT)', async () => {
    const res = await t.gql(SIGN_UP, { input: { email: 'ADA@example.test', password: 'another long password', name: 'Ada 2' } });
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it.each([
    [{ email: 'not-an-email', password: 'a long enough password', name: 'X' }, 'email'],
    [{ email: 'x@example.test', password: 'short', name: 'X' }, 'password'],
    [{ email: 'x@example.test', password: 'p'.repeat(100_000), name: 'X' }, 'password'],
    [{ email: 'x@example.test', password: 'a long enough password', name: '' }, 'name'],
    [{ email: 'x@example.test', password: 'a long enough password', name: 'n'.repeat(201) }, 'name'],
  ])('rejects bad sign-up input naming the field (%#)', async (input, field) => {
    const res = await t.gql(SIGN_UP, { input });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const count = await t.db.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [input.email]);
    expect(count[0].n).toBe(0);
  });

  it('logs in with the right password, and a wrong password looks like an unknown email', async () => {
    const user = await createUser(t);
    const ok = await t.gql(LOG_IN, { input: { email: user.email.toUpperCase(), password: user.password } });
    expect(ok.data?.logIn.user.email).toBe(user.email);
    const wrong = await t.gql(LOG_IN, { input: { email: user.email, password: 'not the password at all' } });
    const unknown = await t.gql(LOG_IN, { input: { email: 'nobody@example.test', password: 'not the password at all' } });
    expect(wrong.errors?.[0]).toMatchObject({ message: 'Wrong email or password', extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
    expect(unknown.errors?.[0].extensions).toEqual(wrong.errors?.[0].extensions);
  });

  it('needs a login for me, and rejects unknown tokens', async () => {
    expect((await t.gql(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(ME, {}, { token: 'cps_forged' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logs out: the session token stops working', async () => {
    const user = await createUser(t);
    const token = await loginAs(t, user);
    expect((await t.gql(`mutation { logOut }`, {}, { token })).data?.logOut).toBe(true);
    expect((await t.gql(ME, {}, { token })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('expires sessions after their lifetime', async () => {
    const user = await createUser(t);
    const token = await loginAs(t, user);
    t.clock.advance(t.config.sessionTtlHours * 3_600_000 + 1000);
    try {
      expect((await t.gql(ME, {}, { token })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      t.clock.set(new Date());
    }
  });

  it('changes the password: the old one stops working, other sessions end, this one stays', async () => {
    const user = await createUser(t);
    const token = await loginAs(t, user);
    const other = await loginAs(t, user);
    const bad = await t.gql(`mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`, { i: { currentPassword: 'wrong wrong wrong', newPassword: 'a brand new password' } }, { token });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const short = await t.gql(`mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`, { i: { currentPassword: user.password, newPassword: 'short' } }, { token });
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const ok = await t.gql(`mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`, { i: { currentPassword: user.password, newPassword: 'a brand new password' } }, { token });
    expect(ok.data?.changePassword).toBe(true);
    expect((await t.gql(ME, {}, { token })).data?.me.id).toBe(user.id);
    expect((await t.gql(ME, {}, { token: other })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(LOG_IN, { input: { email: user.email, password: user.password } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(LOG_IN, { input: { email: user.email, password: 'a brand new password' } })).data?.logIn.user.email).toBe(user.email);
  });

  it('stores only hashes of passwords and tokens', async () => {
    const user = await createUser(t);
    const token = await loginAs(t, user);
    const rows = await t.db.query(`SELECT password_hash FROM users WHERE id = $1`, [user.id]);
    expect(rows[0].password_hash).toMatch(/^scrypt\$/);
    const sessions = await t.db.query(`SELECT encode(token_hash, 'escape') AS h FROM sessions WHERE user_id = $1`, [user.id]);
    expect(sessions.map((s: { h: string }) => s.h).join()).not.toContain(token);
  });
});
