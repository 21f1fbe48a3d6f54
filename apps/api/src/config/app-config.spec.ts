import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('boots with no configuration at all', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.role).toBe('all');
  });

  it('names the variable and the problem in one line', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^Invalid environment variable PORT="eighty": .+$/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL.*postgres/);
    expect(() => loadConfig({ ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD.*12/);
  });

  it('never echoes the value of a secret', () => {
    expect(() => loadConfig({ ADMIN_PASSWORD: 'hunter2' })).toThrow(/^Invalid environment variable ADMIN_PASSWORD: /);
    expect(() => loadConfig({ ADMIN_PASSWORD: 'hunter2' })).not.toThrow(/hunter2/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:pw@h/db' })).not.toThrow(/pw/);
  });

  it('refuses production without a secrets key, in one line', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/^SECRETS_KEY must be set in production/);
    expect(loadConfig({ NODE_ENV: 'production', SECRETS_KEY: 'a'.repeat(64) }).env).toBe('production');
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(3000);
  });

  it('reads ticket SLA overrides and the auto-close delay, with defaults', () => {
    expect(loadConfig({}).tickets).toEqual({ sla: { HIGH: undefined, MEDIUM: undefined, LOW: undefined }, autoCloseDays: 7 });
    const config = loadConfig({ TICKET_SLA_HIGH: '15m/4h', TICKET_AUTO_CLOSE_DAYS: '3' });
    expect(config.tickets).toEqual({ sla: { HIGH: '15m/4h', MEDIUM: undefined, LOW: undefined }, autoCloseDays: 3 });
    expect(() => loadConfig({ TICKET_SLA_LOW: '1 day' })).toThrow(/TICKET_SLA_LOW.*1h\/8h/);
    expect(() => loadConfig({ TICKET_AUTO_CLOSE_DAYS: '0' })).toThrow(/TICKET_AUTO_CLOSE_DAYS/);
  });
});
