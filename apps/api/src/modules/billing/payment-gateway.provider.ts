import type { Provider } from '@nestjs/common';
import { ManualGateway, type PaymentGateway, StripeGateway } from '@coop/billing';
import { Clock } from '../../common/clock';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

export const PAYMENT_GATEWAY = Symbol('PAYMENT_GATEWAY');

/** Stripe when STRIPE_SECRET_KEY is set (config insists on a webhook secret then), else manual invoices. */
export const paymentGatewayProvider: Provider = {
  provide: PAYMENT_GATEWAY,
  inject: [APP_CONFIG, Clock],
  useFactory: (config: AppConfig, clock: Clock): PaymentGateway =>
    config.stripe
      ? new StripeGateway({
          secretKey: config.stripe.secretKey,
          webhookSecret: config.stripe.webhookSecret,
          apiBase: config.stripe.apiBase,
          now: () => clock.now(),
        })
      : new ManualGateway({ invoicesUrl: `${config.publicUrl}/billing`, paymentTermsDays: config.manualPaymentTermsDays }),
};
