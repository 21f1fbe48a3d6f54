import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, loginAs } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

describe('API basics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_COST: '500' } });
  });
  afterAll(() => t?.close());

  it('refuses a plain form-encoded POST to /graphql (CSRF prevention)', async () => {
    const res = await t.http.post('/graphql').type('form').send({ query: '{ __typename }' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body ?? res.text)).not.toContain('"__typename":"Query"');
    const getRes = await t.http.get('/graphql').query({ query: '{ __typename }' });
    expect(getRes.body?.data?.__typename).toBeUndefined();
  });

  it('rejects a query deeper than the limit with QUERY_TOO_DEEP', async () => {
    const deep = `{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }`;
    const res = await t.gql(deep);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: 6 });
  });

  it('rejects a query costlier than the limit with QUERY_TOO_COMPLEX', async () => {
    const ops = await createUser(t, { staffRole: 'OPS' });
    const token = await loginAs(t, ops);
    const costly = `{ clients(first: 100) { edges { node { id name slug members { id email name role } } } } }`;
    const res = await t.gql(costly, {}, { token });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 500 });
    const cheap = await t.gql(`{ clients(first: 5) { totalCount } }`, {}, { token });
    expect(cheap.errors).toBeUndefined();
  });

  it('weighs the same query anew for each set of variables', async () => {
    const ops = await createUser(t, { staffRole: 'OPS' });
    const token = await loginAs(t, ops);
    const paged = `query ($n: Int) { clients(first: $n) { edges { node { id name slug members { id email name role } } } } }`;
    expect((await t.gql(paged, { n: 2 }, { token })).errors).toBeUndefined();
    expect((await t.gql(paged, { n: 100 }, { token })).errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    expect((await t.gql(paged, { n: 2 }, { token })).errors).toBeUndefined();
  });

  it('answers malformed GraphQL with the parse/validation code, not an internal error', async () => {
    expect((await t.gql('{ me { ')).errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect((await t.gql('{ nope }')).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const wrongType = await t.gql(`mutation($i: SignUpInput!) { signUp(input: $i) { token } }`, { i: { email: 1 } });
    expect(wrongType.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('hides internals of unexpected errors behind INTERNAL_SERVER_ERROR', async () => {
    const user = await createUser(t);
    const token = await loginAs(t, user);
    await t.db.query('ALTER TABLE ssh_keys RENAME TO ssh_keys_gone');
    try {
      const res = await t.gql(`{ me { sshKeys { id } } }`, {}, { token });
      expect(res.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(res)).not.toMatch(/ssh_keys|relation|SELECT|stack/i);
    } finally {
      await t.db.query('ALTER TABLE ssh_keys_gone RENAME TO ssh_keys');
    }
  });

  it('sends a request id back, keeping a sane one the caller sent', async () => {
    const fresh = await t.http.get('/healthz');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await t.http.get('/healthz').set('X-Request-Id', 'trace-123');
    expect(kept.headers['x-request-id']).toBe('trace-123');
    const replaced = await t.http.get('/healthz').set('X-Request-Id', 'bad id with spaces');
    expect(replaced.headers['x-request-id']).not.toContain(' ');
  });

  it('gzips answers over 1 KB for clients that accept it, and leaves small ones and other clients alone', async () => {
    const gzipped = await t.http.get('/metrics').set('Accept-Encoding', 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.text).toContain('db_pool_connections'); // supertest inflates it
    const plain = await t.http.get('/metrics').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const small = await t.http.post('/graphql').set('Accept-Encoding', 'gzip').send({ query: '{ __typename }' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('reports health, readiness (with pending migrations) and Prometheus metrics', async () => {
    expect((await t.http.get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await t.http.get('/readyz')).body).toMatchObject({ status: 'ok', migrations: 'current' });
    const [last] = await t.db.query('SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1');
    await t.db.query('DELETE FROM migrations WHERE id = $1', [last.id]);
    try {
      const behind = await t.http.get('/readyz');
      expect(behind.status).toBe(503);
      expect(behind.body.migrations.pending).toEqual([last.name]);
    } finally {
      await t.db.query('INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)', [last.id, last.timestamp, last.name]);
    }
    await t.http.post('/graphql').set('Content-Type', 'application/json').send({ query: 'query Probe { __typename }', operationName: 'Probe' });
    const metrics = await t.http.get('/metrics');
    expect(metrics.text).toMatch(/graphql_operations_total\{operation="Probe",type="query",outcome="ok"\} [1-9]/);
    expect(metrics.text).toMatch(/graphql_operation_duration_seconds_bucket\{le="[^"]+",operation="Probe",type="query"\}/);
    expect(metrics.text).toMatch(/db_pool_connections \d+/);
  });
});

describe('API tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('shows a token once, stores its hash, authenticates with it, and stops after revocation', async () => {
    const user = await createUser(t);
    const session = await loginAs(t, user);
    const created = await t.gql(`mutation { createApiToken(input: { name: "ci" }) { token apiToken { id name prefix } } }`, {}, { token: session });
    const { token, apiToken } = created.data!.createApiToken;
    expect(token).toMatch(/^cpt_/);
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    const stored = await t.db.query(`SELECT token_hash FROM api_tokens WHERE id = $1`, [apiToken.id]);
    expect(stored[0].token_hash.toString('utf8')).not.toContain(token);
    const listed = await t.gql(`{ myApiTokens { id name } }`, {}, { token: session });
    expect(JSON.stringify(listed)).not.toContain(token);
    expect((await t.gql(`{ me { id } }`, {}, { token })).data?.me.id).toBe(user.id);
    await t.gql(`mutation($i: RevokeApiTokenInput!) { revokeApiToken(input: $i) { revokedAt } }`, { i: { id: apiToken.id } }, { token: session });
    expect((await t.gql(`{ me { id } }`, {}, { token })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('expires tokens created with a lifetime', async () => {
    const user = await createUser(t);
    const session = await loginAs(t, user);
    const created = await t.gql(`mutation { createApiToken(input: { name: "short", expiresInDays: 1 }) { token } }`, {}, { token: session });
    const token = created.data?.createApiToken.token;
    expect((await t.gql(`{ me { id } }`, {}, { token })).data?.me.id).toBe(user.id);
    t.clock.advance(86_400_000 + 1000);
    try {
      expect((await t.gql(`{ me { id } }`, {}, { token })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      t.clock.set(new Date());
    }
  });

  it("cannot revoke someone else's token, and validates input", async () => {
    const a = await createUser(t);
    const b = await createUser(t);
    const created = await t.gql(`mutation { createApiToken(input: { name: "mine" }) { apiToken { id } } }`, {}, { token: await loginAs(t, a) });
    const bToken = await loginAs(t, b);
    const steal = await t.gql(`mutation($i: RevokeApiTokenInput!) { revokeApiToken(input: $i) { id } }`, { i: { id: created.data?.createApiToken.apiToken.id } }, { token: bToken });
    expect(steal.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const badId = await t.gql(`mutation($i: RevokeApiTokenInput!) { revokeApiToken(input: $i) { id } }`, { i: { id: 'nope' } }, { token: bToken });
    expect(badId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const badName = await t.gql(`mutation { createApiToken(input: { name: "" }) { token } }`, {}, { token: bToken });
    expect(badName.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const badDays = await t.gql(`mutation { createApiToken(input: { name: "x", expiresInDays: 0 }) { token } }`, {}, { token: bToken });
    expect(badDays.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresInDays' });
  });
});
