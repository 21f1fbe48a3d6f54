// Where the sandbox partner keeps its simulated objects. The API implements this in PostgreSQL;
// unit tests use the in-memory store below.
import { randomUUID } from 'node:crypto';
import type { ResourceKind } from '../../resource-kinds';

export interface SandboxObject {
  id: string;
  partnerId: string;
  kind: ResourceKind;
  /** Our resource tag (`coop:res:<uuid>`): the create-or-adopt key. */
  ref: string;
  name: string;
  state: 'active' | 'off' | 'disabled';
  attrs: Record<string, string | number | boolean>;
  createdAt: Date;
}

export type NewSandboxObject = Omit<SandboxObject, 'id' | 'createdAt'>;

export interface SandboxStore {
  findByRef(partnerId: string, kind: ResourceKind, ref: string): Promise<SandboxObject | undefined>;
  get(partnerId: string, id: string): Promise<SandboxObject | undefined>;
  /** Inserts unless an object with the same (partnerId, kind, ref) exists; returns the stored one. */
  insert(object: NewSandboxObject): Promise<SandboxObject>;
  update(partnerId: string, id: string, patch: Partial<Pick<SandboxObject, 'state' | 'attrs'>>): Promise<void>;
  /** Returns false when there was nothing to delete. */
  delete(partnerId: string, id: string): Promise<boolean>;
}

export class InMemorySandboxStore implements SandboxStore {
  readonly objects = new Map<string, SandboxObject>();

  async findByRef(partnerId: string, kind: ResourceKind, ref: string) {
    return [...this.objects.values()].find((o) => o.partnerId === partnerId && o.kind === kind && o.ref === ref);
  }

  async get(partnerId: string, id: string) {
    const found = this.objects.get(id);
    return found?.partnerId === partnerId ? found : undefined;
  }

  async insert(object: NewSandboxObject) {
    const existing = await this.findByRef(object.partnerId, object.kind, object.ref);
    if (existing) return existing;
    const stored = { ...object, id: `sim-${randomUUID()}`, createdAt: new Date() };
    this.objects.set(stored.id, stored);
    return stored;
  }

  async update(partnerId: string, id: string, patch: Partial<Pick<SandboxObject, 'state' | 'attrs'>>) {
    const found = await this.get(partnerId, id);
    if (found) this.objects.set(id, { ...found, ...patch, attrs: { ...found.attrs, ...patch.attrs } });
  }

  async delete(partnerId: string, id: string) {
    if (!(await this.get(partnerId, id))) return false;
    return this.objects.delete(id);
  }
}
