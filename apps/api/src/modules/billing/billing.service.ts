import { Inject, Injectable } from '@nestjs/common';
import { manualInvoicePaidEvent, money, type PaymentGateway } from '@coop/billing';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { Clock } from '../../common/clock';
import { badInput, notFound } from '../../common/errors/domain.exception';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { ClientAccessService } from '../clients/client-access.service';
import { EventLogService } from '../events/event-log.service';
import { BillingAccountsService } from './billing-accounts.service';
import { BillingEventsService } from './billing-events.service';
import { gatewayCall } from './billing.exception';
import { BillingNoticesService } from './billing-notices.service';
import type { MarkInvoicePaidInput, SetBillingHoldInput } from './dto/billing.inputs';
import { InvoicesService, type InvoiceRow } from './invoices.service';
import { PAYMENT_GATEWAY } from './payment-gateway.provider';

/** Client-facing billing (invoices, notices, portal link) and staff actions (manual payment, hold). */
@Injectable()
export class BillingService {
  constructor(
    private readonly db: DataSource,
    private readonly access: ClientAccessService,
    private readonly invoices: InvoicesService,
    private readonly notices: BillingNoticesService,
    private readonly accounts: BillingAccountsService,
    private readonly billingEvents: BillingEventsService,
    private readonly events: EventLogService,
    private readonly clock: Clock,
    @Inject(PAYMENT_GATEWAY) private readonly gateway: PaymentGateway,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async invoicesFor(user: AuthUser, clientId: string): Promise<InvoiceRow[]> {
    await this.access.assertMember(user, clientId);
    return this.invoices.forClient(clientId);
  }

  async noticesFor(user: AuthUser, clientId: string) {
    await this.access.assertMember(user, clientId);
    return this.notices.forClient(clientId);
  }

  async portalUrl(user: AuthUser, clientId: string): Promise<string> {
    await this.access.assertMember(user, clientId);
    if (this.gateway.kind === 'MANUAL') return `${this.config.publicUrl}/billing`;
    const customerId = await this.accounts.customerId(clientId);
    const minute = Math.floor(this.clock.now().getTime() / 60_000);
    const { url } = await gatewayCall(() =>
      this.gateway.portalLink({ clientId, customerId, returnUrl: `${this.config.publicUrl}/billing`, requestId: `${clientId}:${user.id}:${minute}` }),
    );
    return url;
  }

  /** Staff confirm a transfer: exactly the effects of Stripe's invoice.paid, once (the event id is the invoice's). */
  async markInvoicePaid(staff: AuthUser, input: MarkInvoicePaidInput): Promise<InvoiceRow> {
    const invoice = await this.invoices.byId(input.invoiceId);
    if (!invoice) throw notFound('Invoice');
    if (invoice.gateway !== 'MANUAL') throw badInput('invoiceId', 'is paid through Stripe, not by transfer');
    if (invoice.status === 'VOID') throw badInput('invoiceId', 'is void');
    const event = manualInvoicePaidEvent({
      invoiceId: invoice.id,
      orderId: invoice.orderId,
      number: invoice.number!,
      amount: money(invoice.amountMinor, invoice.currency),
      reference: input.reference,
      periodStart: invoice.periodStart,
      periodEnd: invoice.periodEnd,
      paidAt: this.clock.now(),
    });
    await this.billingEvents.handle(event, { invoiceId: invoice.id, reference: input.reference, by: staff.id }, staff.id);
    return (await this.invoices.byId(invoice.id))!;
  }

  async setHold(staff: AuthUser, input: SetBillingHoldInput): Promise<boolean> {
    await this.access.assertMember(staff, input.clientId);
    await this.db.transaction(async (m) => {
      await this.accounts.setHold(m, input.clientId, input.hold, input.note ?? null);
      await this.events.record(m, {
        actorId: staff.id,
        action: input.hold ? 'billing.hold_set' : 'billing.hold_lifted',
        subjectType: 'client',
        subjectId: input.clientId,
        clientId: input.clientId,
        data: { note: input.note ?? null },
      });
    });
    return input.hold;
  }
}
