import { Inject, Injectable } from '@nestjs/common';
import type { PaymentGateway } from '@coop/billing';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound } from '../../common/errors/domain.exception';
import { gatewayCall } from './billing.exception';
import { PAYMENT_GATEWAY } from './payment-gateway.provider';

/** A client's billing account: its payment-provider customer (created when first needed) and the dunning hold. */
@Injectable()
export class BillingAccountsService {
  constructor(
    private readonly db: DataSource,
    @Inject(PAYMENT_GATEWAY) private readonly gateway: PaymentGateway,
  ) {}

  async customerId(clientId: string): Promise<string> {
    const [existing] = await this.db.query('SELECT gateway_customer_id FROM billing_accounts WHERE client_id = $1', [clientId]);
    if (existing?.gateway_customer_id) return existing.gateway_customer_id;
    const [client] = await this.db.query(
      `SELECT c.name, coalesce(c.billing_email, u.email) AS email FROM clients c
         LEFT JOIN client_members cm ON cm.client_id = c.id AND cm.role = 'OWNER' LEFT JOIN users u ON u.id = cm.user_id
        WHERE c.id = $1 ORDER BY cm.user_id LIMIT 1`,
      [clientId],
    );
    if (!client) throw notFound('Client');
    // The idempotency key is the client id, so two racing requests get the same customer back.
    const { customerId } = await gatewayCall(() =>
      this.gateway.ensureCustomer({ clientId, name: client.name, email: client.email ?? '', existingCustomerId: null }),
    );
    await this.db.query(
      `INSERT INTO billing_accounts (client_id, gateway_customer_id) VALUES ($1, $2)
       ON CONFLICT (client_id) DO UPDATE SET gateway_customer_id = coalesce(billing_accounts.gateway_customer_id, excluded.gateway_customer_id), updated_at = now()`,
      [clientId, customerId],
    );
    return customerId;
  }

  async storedCustomerId(clientId: string): Promise<string | null> {
    const [row] = await this.db.query('SELECT gateway_customer_id FROM billing_accounts WHERE client_id = $1', [clientId]);
    return row?.gateway_customer_id ?? null;
  }

  async hold(clientId: string, manager?: EntityManager): Promise<boolean> {
    const [row] = await (manager ?? this.db.manager).query('SELECT hold FROM billing_accounts WHERE client_id = $1', [clientId]);
    return row?.hold ?? false;
  }

  async setHold(m: EntityManager, clientId: string, hold: boolean, note: string | null): Promise<void> {
    await m.query(
      `INSERT INTO billing_accounts (client_id, hold, hold_note) VALUES ($1, $2, $3)
       ON CONFLICT (client_id) DO UPDATE SET hold = excluded.hold, hold_note = excluded.hold_note, updated_at = now()`,
      [clientId, hold, note],
    );
  }
}
