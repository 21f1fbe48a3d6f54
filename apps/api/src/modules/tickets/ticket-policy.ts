import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { slaPolicyFrom, type SlaPolicy } from './ticket-sla';

/** The configurable ticket rules, read once from AppConfig. */
@Injectable()
export class TicketPolicy {
  readonly sla: SlaPolicy;
  readonly autoCloseDays: number;
  readonly bodyMaxChars = 20_000;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.sla = slaPolicyFrom(config.tickets.sla);
    this.autoCloseDays = config.tickets.autoCloseDays;
  }
}
