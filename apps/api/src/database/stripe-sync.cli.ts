import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { ConfigError, loadConfig } from '../config/app-config';
import { PriceSyncService } from '../modules/billing/price-sync.service';

/** `npm run stripe:sync`: make Stripe's products and prices match the catalog (by lookup_key), then exit. */
async function main() {
  const config = loadConfig({ ...process.env, PROCESS_ROLE: 'api' });
  if (!config.stripe) throw new ConfigError('STRIPE_SECRET_KEY is not set: nothing to sync (the manual gateway needs no sync).');
  if (!config.databaseUrl) throw new ConfigError('Set DATABASE_URL (the catalog is read from it).');
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['warn', 'error'] });
  try {
    const results = await app.get(PriceSyncService).sync();
    for (const r of results) process.stdout.write(`${r.action.padEnd(9)} ${r.lookupKey} -> ${r.gatewayPriceId}\n`);
  } finally {
    await app.close();
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
