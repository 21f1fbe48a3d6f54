import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, loginAs } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const SET_ROLE = `mutation($i: SetStaffRoleInput!) { setStaffRole(input: $i) { id staffRole } }`;
const ADD_KEY = `mutation($i: AddSshKeyInput!) { addSshKey(input: $i) { id type bits fingerprint comment } }`;

function keygen(type: string, bits?: number): { pub: string; fingerprint: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'key-'));
  const file = path.join(dir, 'k');
  execFileSync('ssh-keygen', ['-q', '-t', type, ...(bits ? ['-b', String(bits)] : []), '-N', '', '-C', 'ops@coop', '-f', file]);
  const fingerprint = execFileSync('ssh-keygen', ['-lf', `${file}.pub`]).toString().split(' ')[1];
  return { pub: readFileSync(`${file}.pub`, 'utf8').trim(), fingerprint };
}

describe('staff roles and SSH keys', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('lets an admin grant and revoke OPS, and nobody else', async () => {
    const admin = await createUser(t, { staffRole: 'ADMIN' });
    const ops = await createUser(t, { staffRole: 'OPS' });
    const someone = await createUser(t);
    const adminToken = await loginAs(t, admin);
    const someoneToken = await loginAs(t, someone);
    expect((await t.gql(SET_ROLE, { i: { userId: someone.id, role: 'OPS' } }, { token: await loginAs(t, ops) })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(SET_ROLE, { i: { userId: someone.id, role: 'ADMIN' } }, { token: someoneToken })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(SET_ROLE, { i: { userId: someone.id, role: 'OPS' } }, { token: adminToken })).data?.setStaffRole.staffRole).toBe('OPS');
    // The change applies to the user's existing session at once.
    expect((await t.gql(`{ clients { totalCount } }`, {}, { token: someoneToken })).errors).toBeUndefined();
    expect((await t.gql(SET_ROLE, { i: { userId: someone.id, role: null } }, { token: adminToken })).data?.setStaffRole.staffRole).toBeNull();
    expect((await t.gql(`{ clients { totalCount } }`, {}, { token: someoneToken })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(SET_ROLE, { i: { userId: someone.id, role: 'ROOT' } }, { token: adminToken })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(SET_ROLE, { i: { userId: '00000000-0000-4000-8000-000000000000', role: 'OPS' } }, { token: adminToken })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(SET_ROLE, { i: { userId: admin.id, role: null } }, { token: adminToken })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const log = await t.db.query(`SELECT data FROM events WHERE action = 'user.staff_role_changed' AND subject_id = $1 ORDER BY id`, [someone.id]);
    expect(log.map((e: { data: unknown }) => e.data)).toEqual([{ from: null, to: 'OPS' }, { from: 'OPS', to: null }]);
  });

  it('accepts ed25519, ecdsa and RSA >= 3072 keys with the ssh-keygen fingerprint', async () => {
    const ops = await createUser(t, { staffRole: 'OPS' });
    const token = await loginAs(t, ops);
    for (const [type, bits] of [['ed25519', undefined], ['ecdsa', 256], ['rsa', 3072]] as const) {
      const key = keygen(type, bits);
      const res = await t.gql(ADD_KEY, { i: { publicKey: key.pub } }, { token });
      expect(res.errors).toBeUndefined();
      expect(res.data?.addSshKey).toMatchObject({ fingerprint: key.fingerprint, comment: 'ops@coop' });
    }
    const me = await t.gql(`{ me { sshKeys { type bits } } }`, {}, { token });
    expect(me.data?.me.sshKeys.map((k: { type: string }) => k.type)).toEqual(['ssh-ed25519', 'ecdsa-sha2-nistp256', 'ssh-rsa']);
  });

  it('refuses RSA under 3072 bits, garbage and duplicates, naming the field', async () => {
    const ops = await createUser(t, { staffRole: 'OPS' });
    const token = await loginAs(t, ops);
    const small = keygen('rsa', 2048);
    expect((await t.gql(ADD_KEY, { i: { publicKey: small.pub } }, { token })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'publicKey' });
    expect((await t.gql(ADD_KEY, { i: { publicKey: 'ssh-ed25519 AAAA' } }, { token })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'publicKey' });
    expect((await t.gql(ADD_KEY, { i: { publicKey: 'x'.repeat(20_000) } }, { token })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'publicKey' });
    const key = keygen('ed25519');
    await t.gql(ADD_KEY, { i: { publicKey: key.pub } }, { token });
    expect((await t.gql(ADD_KEY, { i: { publicKey: key.pub } }, { token })).errors?.[0].extensions?.code).toBe('CONFLICT');
    const count = await t.db.query('SELECT count(*)::int AS n FROM ssh_keys WHERE user_id = $1', [ops.id]);
    expect(count[0].n).toBe(1);
  });

  it("removes one's own keys only", async () => {
    const a = await createUser(t, { staffRole: 'OPS' });
    const b = await createUser(t, { staffRole: 'OPS' });
    const aToken = await loginAs(t, a);
    const added = await t.gql(ADD_KEY, { i: { publicKey: keygen('ed25519').pub } }, { token: aToken });
    const id = added.data?.addSshKey.id;
    const REMOVE = `mutation($i: RemoveSshKeyInput!) { removeSshKey(input: $i) { id } }`;
    expect((await t.gql(REMOVE, { i: { id } }, { token: await loginAs(t, b) })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(REMOVE, { i: { id } }, { token: aToken })).data?.removeSshKey.id).toBe(id);
  });
});
