import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createUser, loginAs, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const CREATE = `mutation($input: CreateClientInput!) { createClient(input: $input) { id name slug myRole members { email role } } }`;
const BY_SLUG = `query($slug: String!) { client(slug: $slug) { id name slug } }`;
const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token invitation { email } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id slug myRole } }`;
const LEAVE = `mutation($input: LeaveClientInput!) { leaveClient(input: $input) }`;
const REMOVE = `mutation($input: RemoveMemberInput!) { removeMember(input: $input) }`;

describe('clients', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  async function user(staffRole?: 'OPS' | 'ADMIN'): Promise<TestUser & { token: string }> {
    const u = await createUser(t, { staffRole });
    return { ...u, token: await loginAs(t, u) };
  }

  it('creates a client with the caller as owner and a slug from the name, numbered when taken', async () => {
    const ada = await user();
    const first = await t.gql(CREATE, { input: { name: 'Café Tortue' } }, { token: ada.token });
    expect(first.data?.createClient).toMatchObject({ name: 'Café Tortue', slug: 'cafe-tortue', myRole: 'OWNER', members: [{ email: ada.email, role: 'OWNER' }] });
    const second = await t.gql(CREATE, { input: { name: 'Cafe tortue!' } }, { token: ada.token });
    expect(second.data?.createClient.slug).toBe('cafe-tortue-2');
    const mine = await t.gql(`{ myClients { slug } }`, {}, { token: ada.token });
    expect(mine.data?.myClients.map((c: { slug: string }) => c.slug).sort()).toEqual(['cafe-tortue', 'cafe-tortue-2']);
  });

  it('gives the same slug to nobody when many clients with one name are created at once', async () => {
    const ada = await user();
    const results = await Promise.all(Array.from({ length: 8 }, () => t.gql(CREATE, { input: { name: 'Rush Hour' } }, { token: ada.token })));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const slugs = results.map((r) => r.data?.createClient.slug);
    expect(new Set(slugs)).toEqual(new Set(['rush-hour', ...[2, 3, 4, 5, 6, 7, 8].map((n) => `rush-hour-${n}`)]));
  });

  it('rejects bad client input naming the field', async () => {
    const ada = await user();
    expect((await t.gql(CREATE, { input: { name: '' } }, { token: ada.token })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect((await t.gql(CREATE, { input: { name: 'x'.repeat(201) } }, { token: ada.token })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect((await t.gql(CREATE, { input: { name: 'Ok', billingEmail: 'nope' } }, { token: ada.token })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'billingEmail' });
    expect((await t.gql(CREATE, { input: { name: 'Ok' } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("hides client A from a member of client B, by slug and by id, as NOT_FOUND", async () => {
    const a = await user();
    const b = await user();
    const clientA = await createClient(t, a);
    await createClient(t, b);
    expect((await t.gql(BY_SLUG, { slug: clientA.slug }, { token: b.token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(BY_SLUG, { slug: 'no-such-client' }, { token: b.token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const invite = await t.gql(INVITE, { input: { clientId: clientA.id, email: 'x@example.test' } }, { token: b.token });
    expect(invite.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const leave = await t.gql(LEAVE, { input: { clientId: clientA.id } }, { token: b.token });
    expect(leave.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const remove = await t.gql(REMOVE, { input: { clientId: clientA.id, userId: a.id } }, { token: b.token });
    expect(remove.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(BY_SLUG, { slug: clientA.slug }, { token: a.token })).data?.client.id).toBe(clientA.id);
  });

  it('lets staff list and search all clients, and nobody else', async () => {
    const owner = await user();
    await createClient(t, owner, { name: 'Searchable Bakery' });
    const ops = await user('OPS');
    const found = await t.gql(`{ clients(filter: { search: "searchable" }) { totalCount edges { node { name } } } }`, {}, { token: ops.token });
    expect(found.data?.clients).toMatchObject({ totalCount: 1, edges: [{ node: { name: 'Searchable Bakery' } }] });
    const paged = await t.gql(`{ clients(first: 1) { totalCount pageInfo { hasNextPage endCursor } } }`, {}, { token: ops.token });
    expect(paged.data?.clients.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql(`query($after: String) { clients(first: 1, after: $after) { edges { cursor } } }`, { after: paged.data?.clients.pageInfo.endCursor }, { token: ops.token });
    expect(next.data?.clients.edges).toHaveLength(1);
    expect((await t.gql(`{ clients { totalCount } }`, {}, { token: owner.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(`{ clients(first: 1000) { totalCount } }`, {}, { token: ops.token })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect((await t.gql(`{ clients(after: "garbage") { totalCount } }`, {}, { token: ops.token })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('invites a member who accepts once; the token works for the invited email only', async () => {
    const owner = await user();
    const client = await createClient(t, owner);
    const bob = await user();
    const mallory = await user();
    const inv = await t.gql(INVITE, { input: { clientId: client.id, email: bob.email.toUpperCase() } }, { token: owner.token });
    const token = inv.data?.inviteMember.token;
    expect(token).toMatch(/^inv_/);
    expect((await t.gql(ACCEPT, { input: { token } }, { token: mallory.token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const accepted = await t.gql(ACCEPT, { input: { token } }, { token: bob.token });
    expect(accepted.data?.acceptInvitation).toMatchObject({ id: client.id, myRole: 'MEMBER' });
    expect((await t.gql(ACCEPT, { input: { token } }, { token: bob.token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(INVITE, { input: { clientId: client.id, email: bob.email } }, { token: owner.token })).errors?.[0].extensions?.code).toBe('CONFLICT');
    // A member (not owner) cannot invite or remove.
    expect((await t.gql(INVITE, { input: { clientId: client.id, email: 'z@example.test' } }, { token: bob.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(REMOVE, { input: { clientId: client.id, userId: owner.id } }, { token: bob.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('expires invitations after 14 days', async () => {
    const owner = await user();
    const client = await createClient(t, owner);
    const bob = await user();
    const inv = await t.gql(INVITE, { input: { clientId: client.id, email: bob.email } }, { token: owner.token });
    t.clock.advance(15 * 86_400_000);
    try {
      const bobToken = await loginAs(t, bob);
      expect((await t.gql(ACCEPT, { input: { token: inv.data?.inviteMember.token } }, { token: bobToken })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    } finally {
      t.clock.set(new Date());
    }
  });

  it('removes members and lets members leave, but never the last owner', async () => {
    const owner = await user();
    const m1 = await user();
    const m2 = await user();
    const client = await createClient(t, owner, { members: [m1, m2] });
    expect((await t.gql(LEAVE, { input: { clientId: client.id } }, { token: owner.token })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await t.gql(LEAVE, { input: { clientId: client.id } }, { token: m1.token })).data?.leaveClient).toBe(true);
    expect((await t.gql(BY_SLUG, { slug: client.slug }, { token: m1.token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(REMOVE, { input: { clientId: client.id, userId: m2.id } }, { token: owner.token })).data?.removeMember).toBe(true);
    expect((await t.gql(REMOVE, { input: { clientId: client.id, userId: owner.id } }, { token: owner.token })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const members = await t.db.query('SELECT user_id FROM client_members WHERE client_id = $1', [client.id]);
    expect(members).toEqual([{ user_id: owner.id }]);
  });

  it('records who did what in the append-only audit log, readable by staff only', async () => {
    const owner = await user();
    const client = await createClient(t, owner);
    await t.gql(INVITE, { input: { clientId: client.id, email: 'audit@example.test' } }, { token: owner.token });
    const ops = await user('OPS');
    const events = await t.gql(`query($c: ID) { auditEvents(clientId: $c) { edges { node { action actorId data } } } }`, { c: client.id }, { token: ops.token });
    expect(events.data?.auditEvents.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual(['client.member_invited', 'client.created']);
    expect(events.data?.auditEvents.edges[0].node).toMatchObject({ actorId: owner.id, data: { email: 'audit@example.test' } });
    expect((await t.gql(`{ auditEvents { totalCount } }`, {}, { token: owner.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await expect(t.db.query('UPDATE events SET action = $1', ['tampered'])).rejects.toThrow(/append-only/);
    await expect(t.db.query('DELETE FROM events')).rejects.toThrow(/append-only/);
  });
});
