import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';

export type NoticeKind =
  | 'ORDER_PAID'
  | 'PAYMENT_FAILED'
  | 'SERVICE_SUSPENDED'
  | 'SERVICE_UNSUSPENDED'
  | 'SERVICE_TERMINATING'
  | 'SERVICE_CANCELLING'
  | 'PACKAGE_CHANGED'
  | 'INVOICE_ISSUED'
  | 'ORDER_EXPIRED';

export type NoticeRow = { id: string; clientId: string; serviceId: string | null; kind: NoticeKind; message: string; createdAt: Date };

/** What the client is told about its billing (payment failed, suspended, back on), shown in the portal. */
@Injectable()
export class BillingNoticesService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async add(m: EntityManager, n: { clientId: string; serviceId: string | null; kind: NoticeKind; message: string }): Promise<void> {
    await m.query('INSERT INTO billing_notices (client_id, service_id, kind, message, created_at) VALUES ($1, $2, $3, $4, $5)', [
      n.clientId,
      n.serviceId,
      n.kind,
      n.message,
      this.clock.now(),
    ]);
  }

  async forClient(clientId: string, limit = 50): Promise<NoticeRow[]> {
    const rows = await this.db.query(
      'SELECT * FROM billing_notices WHERE client_id = $1 ORDER BY created_at DESC, seq DESC LIMIT $2',
      [clientId, limit],
    );
    return rows.map((r: Record<string, any>) => ({
      id: r.id,
      clientId: r.client_id,
      serviceId: r.service_id,
      kind: r.kind,
      message: r.message,
      createdAt: r.created_at,
    }));
  }
}
