import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainException, notFound } from '../../common/errors/domain.exception';
import { ClientAccessService, isUuid } from '../clients/client-access.service';
import type { ServiceWithBilling } from './dto/service-billing.object';
import type { ServicesFilter } from './dto/service.inputs';

const SELECT = `SELECT s.*, sb.cycle, sb.current_period_end, coalesce(sb.cancel_at_period_end, false) AS cancel_at_period_end
                  FROM services s LEFT JOIN service_billing sb ON sb.service_id = s.id`;

/** Reading services: a client's own (members), one by id (members), all with filters (staff). */
@Injectable()
export class ClientServicesService {
  constructor(
    private readonly db: DataSource,
    private readonly access: ClientAccessService,
  ) {}

  async mine(user: AuthUser, clientId: string): Promise<ServiceWithBilling[]> {
    await this.access.assertMember(user, clientId);
    const rows = await this.db.query(`${SELECT} WHERE s.client_id = $1 ORDER BY s.created_at DESC, s.id`, [clientId]);
    return rows.map(toService);
  }

  /** Not a member reads as not found, like a service that does not exist. */
  async byId(user: AuthUser, id: string): Promise<ServiceWithBilling> {
    if (!isUuid(id)) throw notFound('Service');
    const [row] = await this.db.query(`${SELECT} WHERE s.id = $1`, [id]);
    if (!row) throw notFound('Service');
    try {
      await this.access.assertMember(user, row.client_id);
    } catch (e) {
      if (e instanceof DomainException && e.code === 'NOT_FOUND') throw notFound('Service');
      throw e;
    }
    return toService(row);
  }

  /** Billing terms of a service that came from elsewhere (e.g. a provisioning mutation). */
  async billingTerms(serviceId: string): Promise<{ cycle: string | null; currentPeriodEnd: Date | null; cancelAtPeriodEnd: boolean }> {
    const [row] = await this.db.query('SELECT cycle, current_period_end, cancel_at_period_end FROM service_billing WHERE service_id = $1', [serviceId]);
    return { cycle: row?.cycle ?? null, currentPeriodEnd: row?.current_period_end ?? null, cancelAtPeriodEnd: row?.cancel_at_period_end ?? false };
  }

  async search(filter: ServicesFilter, first: number, offset: number): Promise<{ rows: ServiceWithBilling[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.status) where.push(`s.status = $${params.push(filter.status)}`);
    if (filter.clientId) where.push(`s.client_id = $${params.push(filter.clientId)}`);
    if (filter.domain) where.push(`s.domain ILIKE $${params.push(`%${filter.domain.replace(/[%_\\]/g, '\\$&')}%`)}`);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM services s ${clause}`, params);
    const rows = await this.db.query(`${SELECT} ${clause} ORDER BY s.created_at DESC, s.id LIMIT ${first} OFFSET ${offset}`, params);
    return { rows: rows.map(toService), total: n };
  }
}

export function toService(r: Record<string, any>): Required<ServiceWithBilling> {
  return {
    id: r.id,
    clientId: r.client_id,
    packageId: r.package_id,
    domain: r.domain,
    status: r.status,
    suspensionReason: r.suspension_reason,
    cycle: r.cycle ?? null,
    currentPeriodEnd: r.current_period_end ?? null,
    cancelAtPeriodEnd: r.cancel_at_period_end ?? false,
    createdAt: r.created_at,
  };
}
