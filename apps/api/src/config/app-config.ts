import { z } from 'zod';

export const APP_CONFIG = Symbol('APP_CONFIG');

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** "<first response>/<resolution>", e.g. 1h/8h or 30m/2d. */
const slaTargets = z.string().regex(/^\d+[mhd]\/\d+[mhd]$/, 'must be "<first response>/<resolution>", e.g. 1h/8h');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).default(5433),
  PROCESS_ROLE: z.enum(['api', 'worker', 'all']).default('all'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').max(256).optional(),
  SEED_DEMO: bool.optional(),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 365).default(24 * 14),
  COOKIE_SECURE: bool.default(false),
  LOGIN_MAX_FAILURES_PER_EMAIL: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(30),
  LOGIN_THROTTLE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(10).default(5000),
  GRAPHQL_INTROSPECTION: bool.optional(),
  JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(1),
  SECRETS_KEY: z
    .string()
    .regex(/^([0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=)$/, 'must be 32 bytes as 64 hex digits or base64')
    .optional(),
  PROVISIONING_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(6),
  PROVISIONING_RETRY_BASE_SECONDS: z.coerce.number().min(0).max(3600).default(20),
  PROVISIONING_RECONCILE_CRON: z.string().min(9).default('*/10 * * * *'),
  PROVISIONING_POLL_MS: z.coerce.number().int().min(1).max(60_000).default(3000),
  // Each run holds one pooled connection for its per-service lock and uses a second one at times;
  // the pool has 20, so at most 8 runs leave room for the API.
  PROVISIONING_CONCURRENCY: z.coerce.number().int().min(1).max(8).default(4),
  SANDBOX_DELAY_MS: z
    .string()
    .regex(/^\d+-\d+$/, 'must be a range such as 200-800')
    .default('200-800'),
  STRIPE_SECRET_KEY: z.string().regex(/^(sk|rk)_/, 'must be a Stripe secret or restricted key (sk_... / rk_...)').optional(),
  STRIPE_WEBHOOK_SECRET: z.string().regex(/^whsec_/, 'must be a webhook signing secret (whsec_...)').optional(),
  STRIPE_API_BASE: z.string().url().optional(),
  MANUAL_PAYMENT_TERMS_DAYS: z.coerce.number().int().min(0).max(120).default(14),
  TICKET_SLA_HIGH: slaTargets.optional(),
  TICKET_SLA_MEDIUM: slaTargets.optional(),
  TICKET_SLA_LOW: slaTargets.optional(),
  TICKET_AUTO_CLOSE_DAYS: z.coerce.number().int().min(1).max(365).default(7),
});

export type AppConfig = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPostgresPort: number;
  role: 'api' | 'worker' | 'all';
  logLevel: string;
  admin: { email: string | undefined; password: string | undefined };
  seedDemo: boolean | undefined;
  sessionTtlHours: number;
  cookieSecure: boolean;
  loginThrottle: { maxPerEmail: number; maxPerIp: number; windowSeconds: number };
  graphql: { maxDepth: number; maxCost: number; introspection: boolean };
  jobsPollSeconds: number;
  /** AES-256-GCM key for partner credentials and resource secrets; absent: generated under dataDir (not in production). */
  secretsKey: string | undefined;
  provisioning: {
    maxAttempts: number;
    retryBaseSeconds: number;
    reconcileCron: string;
    pollMs: number;
    concurrency: number;
    sandboxDelayMs: [number, number];
  };
  /** Stripe when a secret key is set (a webhook secret is then required); otherwise the manual gateway. */
  stripe: { secretKey: string; webhookSecret: string; apiBase: string | undefined } | null;
  manualPaymentTermsDays: number;
  /** SLA overrides per priority ("1h/8h"); unset = the defaults in ticket-sla.ts. */
  tickets: { sla: { HIGH?: string; MEDIUM?: string; LOW?: string }; autoCloseDays: number };
};

export class ConfigError extends Error {}

/** Values of these are never echoed, not even in a config error. */
const SECRET_NAME = /PASSWORD|SECRET|TOKEN|KEY|DATABASE_URL/;

/** Turns the environment into a typed config, once. The first problem becomes a one-line error naming the variable. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0]);
    const shown = SECRET_NAME.test(name) ? '' : `=${JSON.stringify(cleaned[name] ?? '')}`;
    throw new ConfigError(`Invalid environment variable ${name}${shown}: ${issue.message}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.SECRETS_KEY) {
    throw new ConfigError('SECRETS_KEY must be set in production (32 bytes as 64 hex digits or base64): it encrypts partner credentials');
  }
  if (e.STRIPE_SECRET_KEY && !e.STRIPE_WEBHOOK_SECRET) {
    throw new ConfigError('STRIPE_SECRET_KEY is set but STRIPE_WEBHOOK_SECRET is not: Stripe is not enabled without a webhook signing secret');
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    embeddedPostgresPort: e.EMBEDDED_POSTGRES_PORT,
    role: e.PROCESS_ROLE,
    logLevel: e.LOG_LEVEL,
    admin: { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD },
    seedDemo: e.SEED_DEMO,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE,
    loginThrottle: {
      maxPerEmail: e.LOGIN_MAX_FAILURES_PER_EMAIL,
      maxPerIp: e.LOGIN_MAX_FAILURES_PER_IP,
      windowSeconds: e.LOGIN_THROTTLE_WINDOW_SECONDS,
    },
    graphql: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxCost: e.GRAPHQL_MAX_COST,
      introspection: e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== 'production',
    },
    jobsPollSeconds: e.JOBS_POLL_SECONDS,
    secretsKey: e.SECRETS_KEY,
    provisioning: {
      maxAttempts: e.PROVISIONING_MAX_ATTEMPTS,
      retryBaseSeconds: e.PROVISIONING_RETRY_BASE_SECONDS,
      reconcileCron: e.PROVISIONING_RECONCILE_CRON,
      pollMs: e.PROVISIONING_POLL_MS,
      concurrency: e.PROVISIONING_CONCURRENCY,
      sandboxDelayMs: e.SANDBOX_DELAY_MS.split('-').map(Number) as [number, number],
    },
    stripe: e.STRIPE_SECRET_KEY
      ? { secretKey: e.STRIPE_SECRET_KEY, webhookSecret: e.STRIPE_WEBHOOK_SECRET!, apiBase: e.STRIPE_API_BASE }
      : null,
    manualPaymentTermsDays: e.MANUAL_PAYMENT_TERMS_DAYS,
    tickets: {
      sla: { HIGH: e.TICKET_SLA_HIGH, MEDIUM: e.TICKET_SLA_MEDIUM, LOW: e.TICKET_SLA_LOW },
      autoCloseDays: e.TICKET_AUTO_CLOSE_DAYS,
    },
  };
}
