import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import type { PaymentGateway, PriceSyncResult } from '@coop/billing';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { CatalogService, SYNC_PRICES_JOB } from '../catalog/catalog.service';
import { JobsService } from '../jobs/jobs.service';
import { PAYMENT_GATEWAY } from './payment-gateway.provider';

/** Makes Stripe's products and prices match the catalog (by lookup_key); at boot and on `npm run stripe:sync`. */
@Injectable()
export class PriceSyncService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(PriceSyncService.name);

  constructor(
    private readonly catalog: CatalogService,
    @Inject(PAYMENT_GATEWAY) private readonly gateway: PaymentGateway,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit() {
    this.jobs.register(SYNC_PRICES_JOB, () => this.sync(), { concurrency: 1 });
  }

  async onApplicationBootstrap() {
    if (this.gateway.kind !== 'STRIPE' || this.config.env === 'test') return;
    await this.sync().catch((err) => this.logger.error({ err }, 'Stripe price sync failed; checkouts for unsynced prices will fail'));
  }

  async sync(): Promise<PriceSyncResult[]> {
    const prices = await this.catalog.catalogPrices();
    const results = await this.gateway.syncPrices(prices);
    for (const [i, r] of results.entries()) await this.catalog.recordGatewayPrice(prices[i].priceId, r.gatewayPriceId);
    this.logger.log({ created: results.filter((r) => r.action === 'CREATED').length, total: results.length }, 'prices synced');
    return results;
  }
}
