import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain.exception';
import { EventLogService } from '../events/event-log.service';
import { ClientAccessService } from './client-access.service';
import { ClientMemberEntity } from './client-member.entity';
import { slugify, uniqueSlug } from './client-slug';
import { ClientEntity } from './client.entity';

/** Client organisations: create, find (scoped), list for staff. */
@Injectable()
export class ClientsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: ClientAccessService,
    private readonly events: EventLogService,
  ) {}

  async create(user: AuthUser, input: { name: string; billingEmail?: string }): Promise<ClientEntity> {
    const base = slugify(input.name);
    return this.db.transaction(async (m) => {
      // Clients with the same name created at once take turns choosing their slug.
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`client-slug:${base}`]);
      const taken: { slug: string }[] = await m.query(`SELECT slug FROM clients WHERE slug = $1 OR slug LIKE $2`, [base, `${base}-%`]);
      const client = await m.save(
        m.create(ClientEntity, {
          name: input.name.trim(),
          slug: uniqueSlug(base, new Set(taken.map((t) => t.slug))),
          billingEmail: input.billingEmail ?? user.email,
        }),
      );
      await m.insert(ClientMemberEntity, { clientId: client.id, userId: user.id, role: 'OWNER' });
      await this.events.record(m, { actorId: user.id, action: 'client.created', subjectType: 'client', subjectId: client.id, clientId: client.id, data: { name: client.name, slug: client.slug } });
      return client;
    });
  }

  /** The clients the caller belongs to (staff too: their own memberships only). */
  mine(user: AuthUser): Promise<ClientEntity[]> {
    return this.db
      .getRepository(ClientEntity)
      .createQueryBuilder('c')
      .innerJoin(ClientMemberEntity, 'm', 'm.client_id = c.id AND m.user_id = :uid', { uid: user.id })
      .orderBy('lower(c.name)')
      .getMany();
  }

  async bySlug(user: AuthUser, slug: string): Promise<ClientEntity> {
    const client = await this.db.getRepository(ClientEntity).findOneBy({ slug });
    if (!client) throw notFound('Client');
    await this.access.assertMember(user, client.id);
    return client;
  }

  async byId(user: AuthUser, id: string): Promise<ClientEntity> {
    await this.access.assertMember(user, id);
    const client = await this.db.getRepository(ClientEntity).findOneBy({ id });
    if (!client) throw notFound('Client');
    return client;
  }

  async search(filter: { search?: string }, limit: number, offset: number) {
    const qb = this.db.getRepository(ClientEntity).createQueryBuilder('c').orderBy('lower(c.name)').addOrderBy('c.id').take(limit).skip(offset);
    if (filter.search) {
      qb.where('(lower(c.name) LIKE :s OR c.slug LIKE :s OR lower(c.billing_email) LIKE :s)', {
        s: `%${filter.search.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`,
      });
    }
    const [rows, total] = await qb.getManyAndCount();
    return { rows, total };
  }

  members(clientId: string) {
    return this.db.query(
      `SELECT u.id, u.email, u.name, m.role, m.created_at AS "joinedAt"
         FROM client_members m JOIN users u ON u.id = m.user_id
        WHERE m.client_id = $1 ORDER BY m.created_at`,
      [clientId],
    );
  }
}
