import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { OrdersModule } from '../orders/orders.module';
import { BillingEventsService } from './billing-events.service';
import { BillingResolver } from './billing.resolver';
import { BillingService } from './billing.service';
import { DunningService } from './dunning.service';
import { EconomicsService } from './economics.service';
import { ManualRenewalsService } from './manual-renewals.service';
import { PaymentsModule } from './payments.module';
import { PriceSyncService } from './price-sync.service';
import { StripeWebhookController } from './stripe-webhook.controller';

/** Payment events (webhooks, manual payments), dunning, economics, price sync. */
@Module({
  imports: [PaymentsModule, CatalogModule, OrdersModule],
  controllers: [StripeWebhookController],
  providers: [BillingEventsService, BillingService, DunningService, ManualRenewalsService, EconomicsService, PriceSyncService, BillingResolver],
  exports: [BillingEventsService, DunningService, PriceSyncService],
})
export class BillingModule {}
