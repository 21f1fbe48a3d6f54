import { Inject, Injectable, Logger } from '@nestjs/common';
import { createDriver, type Driver, type DriverFactoryOptions, type HttpLogger, type PartnerConnection, type ResourceKind } from '@coop/provisioning';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { PgSandboxStore } from './pg-sandbox-store';

/** Builds drivers with our logger, timing from config, and the sandbox store in PostgreSQL. */
@Injectable()
export class DriverFactory {
  private readonly logger = new Logger('PartnerHttp');
  private readonly sandboxStore: PgSandboxStore;

  constructor(
    db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.sandboxStore = new PgSandboxStore(db);
  }

  options(): DriverFactoryOptions {
    const httpLogger: HttpLogger = {
      info: (data, message) => this.logger.debug(data, message),
      warn: (data, message) => this.logger.warn(data, message),
    };
    const pollMs = this.config.provisioning.pollMs;
    return {
      logger: httpLogger,
      pollIntervalMs: pollMs,
      adoptDelayMs: Math.min(500, pollMs),
      http: { baseDelayMs: Math.min(250, pollMs), timeoutMs: 20_000 },
      sandboxStore: this.sandboxStore,
      sandboxDelayMs: this.config.provisioning.sandboxDelayMs,
    };
  }

  for(partner: PartnerConnection, kind: ResourceKind): Driver {
    return createDriver(partner, kind, this.options());
  }
}
