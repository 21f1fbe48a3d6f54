import { Module } from '@nestjs/common';
import { BillingAccountsService } from './billing-accounts.service';
import { BillingNoticesService } from './billing-notices.service';
import { InvoicesService } from './invoices.service';
import { paymentGatewayProvider } from './payment-gateway.provider';

/** The payment gateway and the records around it; orders and billing effects build on this. */
@Module({
  providers: [paymentGatewayProvider, InvoicesService, BillingNoticesService, BillingAccountsService],
  exports: [paymentGatewayProvider, InvoicesService, BillingNoticesService, BillingAccountsService],
})
export class PaymentsModule {}
