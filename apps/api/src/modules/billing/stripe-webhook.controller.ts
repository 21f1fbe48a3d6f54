import { BadRequestException, Controller, Headers, HttpCode, Inject, Logger, NotFoundException, Post, type RawBodyRequest, Req } from '@nestjs/common';
import { BillingError, BillingErrorCode, type PaymentGateway } from '@coop/billing';
import type { Request } from 'express';
import { BillingEventsService } from './billing-events.service';
import { PAYMENT_GATEWAY } from './payment-gateway.provider';

/**
 * Stripe webhooks: the raw body is verified against the signing secret (missing, tampered or stale
 * signature -> 400, nothing recorded); the event is then stored by id and acted on in one transaction.
 * A duplicate answers 200 so Stripe stops retrying; an error answers 500 so Stripe retries later.
 */
@Controller('webhooks')
export class StripeWebhookController {
  private readonly logger = new Logger(StripeWebhookController.name);

  constructor(
    @Inject(PAYMENT_GATEWAY) private readonly gateway: PaymentGateway,
    private readonly billingEvents: BillingEventsService,
  ) {}

  @Post('stripe')
  @HttpCode(200)
  async receive(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature: string | undefined) {
    if (this.gateway.kind !== 'STRIPE') throw new NotFoundException('Stripe is not enabled');
    if (!req.rawBody) throw new BadRequestException('empty body');
    let event;
    try {
      event = this.gateway.parseWebhook(req.rawBody, signature);
    } catch (e) {
      if (e instanceof BillingError && e.code === BillingErrorCode.WEBHOOK_SIGNATURE_INVALID) {
        this.logger.warn({ reason: e.details.cause ?? e.message }, 'stripe webhook rejected');
        throw new BadRequestException('invalid signature');
      }
      throw e;
    }
    const result = await this.billingEvents.handle(event, req.rawBody.toString('utf8'));
    return { received: true, duplicate: result.duplicate };
  }
}
