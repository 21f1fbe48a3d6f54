import { Inject, UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../../common/auth/auth.guard';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { BillingService } from './billing.service';
import { MarkInvoicePaidInput, SetBillingHoldInput } from './dto/billing.inputs';
import { EconomicsObject, UpdateBillingSettingsInput } from './dto/economics.object';
import { BillingNoticeObject, InvoiceLineObject, InvoiceObject } from './dto/invoice.object';
import { EconomicsService } from './economics.service';
import { presentInvoice } from './invoice.presenter';
import { InvoicesService } from './invoices.service';
import { presentEconomics } from './economics.presenter';

@Resolver(() => InvoiceObject)
@UseGuards(AuthGuard)
export class BillingResolver {
  constructor(
    private readonly billing: BillingService,
    private readonly invoiceRecords: InvoicesService,
    private readonly economicsService: EconomicsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => [InvoiceObject], { description: "A client's invoices, newest first" })
  async invoices(@CurrentUser() user: AuthUser, @Args('clientId', { type: () => ID }) clientId: string) {
    return (await this.billing.invoicesFor(user, clientId)).map((i) => presentInvoice(i, this.config.publicUrl));
  }

  @ResolveField(() => [InvoiceLineObject])
  async lines(@Parent() invoice: InvoiceObject): Promise<InvoiceLineObject[]> {
    return (await this.invoiceRecords.lines(invoice.id)).map((l) => ({ ...l, amount: l.amountMinor }));
  }

  @Query(() => [BillingNoticeObject], { description: 'What billing told the client (payment failed, suspended, back on)' })
  billingNotices(@CurrentUser() user: AuthUser, @Args('clientId', { type: () => ID }) clientId: string) {
    return this.billing.noticesFor(user, clientId);
  }

  @Query(() => String, { description: 'Where the client manages payment methods and sees invoices' })
  billingPortalUrl(@CurrentUser() user: AuthUser, @Args('clientId', { type: () => ID }) clientId: string) {
    return this.billing.portalUrl(user, clientId);
  }

  @Mutation(() => InvoiceObject, { description: 'Staff: record a transfer for a manual invoice (same effects as Stripe invoice.paid)' })
  @Roles('OPS')
  async markInvoicePaid(@CurrentUser() user: AuthUser, @Args('input') input: MarkInvoicePaidInput) {
    return presentInvoice(await this.billing.markInvoicePaid(user, input), this.config.publicUrl);
  }

  @Mutation(() => Boolean, { description: 'Staff: a hold stops automatic suspension for this client' })
  @Roles('OPS')
  setBillingHold(@CurrentUser() user: AuthUser, @Args('input') input: SetBillingHoldInput) {
    return this.billing.setHold(user, input);
  }

  @Query(() => EconomicsObject, { description: 'Admin: revenue, partner costs, margin and break-even' })
  @Roles('ADMIN')
  async economics(@Args('currency', { defaultValue: 'CAD' }) currency: string) {
    return presentEconomics(await this.economicsService.report(currency));
  }

  @Mutation(() => EconomicsObject)
  @Roles('ADMIN')
  async updateBillingSettings(@Args('input') input: UpdateBillingSettingsInput) {
    await this.economicsService.setOverheadBasisPoints(input.overheadBasisPoints);
    return presentEconomics(await this.economicsService.report());
  }
}
