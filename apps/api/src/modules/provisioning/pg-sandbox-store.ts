import { randomUUID } from 'node:crypto';
import type { NewSandboxObject, ResourceKind, SandboxObject, SandboxStore } from '@coop/provisioning';
import type { DataSource } from 'typeorm';

interface Row {
  id: string;
  partner_id: string;
  kind: ResourceKind;
  ref: string;
  name: string;
  state: SandboxObject['state'];
  attrs: SandboxObject['attrs'];
  created_at: Date;
}

const toObject = (r: Row): SandboxObject => ({
  id: r.id,
  partnerId: r.partner_id,
  kind: r.kind,
  ref: r.ref,
  name: r.name,
  state: r.state,
  attrs: r.attrs,
  createdAt: r.created_at,
});

/** The sandbox partner's simulated objects, in PostgreSQL so they survive restarts like real ones. */
export class PgSandboxStore implements SandboxStore {
  constructor(private readonly db: DataSource) {}

  async findByRef(partnerId: string, kind: ResourceKind, ref: string) {
    const [row] = await this.db.query('SELECT * FROM sandbox_objects WHERE partner_id = $1 AND kind = $2 AND ref = $3', [partnerId, kind, ref]);
    return row ? toObject(row) : undefined;
  }

  async get(partnerId: string, id: string) {
    const [row] = await this.db.query('SELECT * FROM sandbox_objects WHERE partner_id = $1 AND id = $2', [partnerId, id]);
    return row ? toObject(row) : undefined;
  }

  async insert(o: NewSandboxObject) {
    await this.db.query(
      `INSERT INTO sandbox_objects (id, partner_id, kind, ref, name, state, attrs) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (partner_id, kind, ref) DO NOTHING`,
      [`sim-${randomUUID()}`, o.partnerId, o.kind, o.ref, o.name, o.state, JSON.stringify(o.attrs)],
    );
    return (await this.findByRef(o.partnerId, o.kind, o.ref))!;
  }

  async update(partnerId: string, id: string, patch: Partial<Pick<SandboxObject, 'state' | 'attrs'>>) {
    await this.db.query(
      `UPDATE sandbox_objects SET state = COALESCE($3, state), attrs = attrs || COALESCE($4::jsonb, '{}'::jsonb) WHERE partner_id = $1 AND id = $2`,
      [partnerId, id, patch.state ?? null, patch.attrs ? JSON.stringify(patch.attrs) : null],
    );
  }

  async delete(partnerId: string, id: string) {
    const result = await this.db.query('DELETE FROM sandbox_objects WHERE partner_id = $1 AND id = $2 RETURNING id', [partnerId, id]);
    return result.length > 0;
  }
}
