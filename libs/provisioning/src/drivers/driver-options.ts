// Options every driver factory takes: timing knobs (tests make them short) and the HTTP logger.
import { HttpClient, type HttpClientOptions, type HttpLogger } from '../http/http-client';

export interface DriverOptions {
  logger?: HttpLogger;
  /** Overrides for the HTTP layer (timeouts, attempts, delays). */
  http?: Partial<Omit<HttpClientOptions, 'name' | 'baseUrl' | 'headers'>>;
  /** How often to poll a remote action, and for how long. */
  pollIntervalMs?: number;
  maxWaitMs?: number;
  /** Pause between create-or-adopt attempts. */
  adoptDelayMs?: number;
}

export interface PartnerEndpoint {
  name: string;
  apiBaseUrl: string;
  /** Decrypted credentials; drivers put them in headers, which are never logged. */
  credentials: Record<string, string>;
}

export function requireCredential(endpoint: PartnerEndpoint, key: string): string {
  const value = endpoint.credentials[key];
  if (!value) throw new Error(`partner ${endpoint.name} has no ${key} credential`);
  return value;
}

/** The one way a driver talks to its partner: the shared HTTP layer with the partner's auth header. */
export function partnerHttpClient(endpoint: PartnerEndpoint, options: DriverOptions, headers: Record<string, string>): HttpClient {
  return new HttpClient({ name: endpoint.name, baseUrl: endpoint.apiBaseUrl, headers, logger: options.logger, ...options.http });
}
