import { Injectable, Logger } from '@nestjs/common';
import { backupRetentionDays, parsePackageSpec } from '@coop/provisioning';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { PartnersService } from '../partners/partners.service';
import { DriverFactory } from './driver-factory';
import { RunLogService } from './run-log.service';
import { ServiceResourceEntity } from './service-resource.entity';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A terminated service keeps its backup repository until the retention window has passed, then it goes. */
@Injectable()
export class BackupRetentionService {
  private readonly logger = new Logger(BackupRetentionService.name);

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly partners: PartnersService,
    private readonly drivers: DriverFactory,
    private readonly runLog: RunLogService,
  ) {}

  async purgeExpired(): Promise<number> {
    const rows: Array<{ id: string; spec: unknown; terminated_at: Date }> = await this.db.query(
      `SELECT r.id, s.spec, s.updated_at AS terminated_at FROM service_resources r JOIN services s ON s.id = r.service_id
       WHERE s.status = 'TERMINATED' AND r.kind = 'BACKUP_REPO' AND r.status IN ('READY', 'SUSPENDED', 'FAILED')`,
    );
    let purged = 0;
    for (const row of rows) {
      const retention = parsePackageSpec(row.spec).backup?.retention;
      const days = retention ? backupRetentionDays(retention) : 0;
      if (this.clock.now().getTime() - new Date(row.terminated_at).getTime() < days * DAY_MS) continue;
      const resource = await this.db.getRepository(ServiceResourceEntity).findOneByOrFail({ id: row.id });
      const partner = await this.partners.byId(resource.partnerId);
      try {
        if (resource.handle) await this.drivers.for(this.partners.connection(partner), 'BACKUP_REPO').destroy(resource.handle);
        await this.db.getRepository(ServiceResourceEntity).update({ id: resource.id }, { status: 'DELETED', step: 'DESTROY', lastError: null });
        await this.runLog.add(resource.serviceId, resource.id, 'DESTROY', 'SUCCEEDED', `retention of ${days} days over; repository deleted`);
        purged++;
      } catch (e) {
        await this.runLog.add(resource.serviceId, resource.id, 'DESTROY', 'RETRYING', `could not delete the repository: ${(e as Error).message}`);
        this.logger.warn({ resource: resource.id, err: (e as Error).message }, 'backup purge failed; tried again tomorrow');
      }
    }
    return purged;
  }
}
