import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './app-config';

describe('Stripe configuration', () => {
  it('uses the manual gateway when no Stripe key is set', () => {
    expect(loadConfig({}).stripe).toBeNull();
    expect(loadConfig({}).manualPaymentTermsDays).toBe(14);
  });

  it('refuses to enable Stripe without a webhook signing secret', () => {
    expect(() => loadConfig({ STRIPE_SECRET_KEY: 'sk_test_1' })).toThrow(ConfigError);
    expect(() => loadConfig({ STRIPE_SECRET_KEY: 'sk_test_1' })).toThrow(/STRIPE_WEBHOOK_SECRET/);
  });

  it('reads the key, the secret and where requests go', () => {
    const config = loadConfig({ STRIPE_SECRET_KEY: 'sk_test_1', STRIPE_WEBHOOK_SECRET: 'whsec_1', STRIPE_API_BASE: 'http://127.0.0.1:9' });
    expect(config.stripe).toEqual({ secretKey: 'sk_test_1', webhookSecret: 'whsec_1', apiBase: 'http://127.0.0.1:9' });
    expect(() => loadConfig({ STRIPE_SECRET_KEY: 'pk_test_1', STRIPE_WEBHOOK_SECRET: 'whsec_1' })).toThrow(/STRIPE_SECRET_KEY/);
  });
});
