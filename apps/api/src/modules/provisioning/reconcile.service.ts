import { rowsOf } from '../../database/sql-rows';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { opsFingerprint } from '@coop/provisioning';
import { DataSource } from 'typeorm';
import { INCIDENT_REPORTER, type IncidentReporter } from '../incidents/incident-reporter';
import { PartnersService } from '../partners/partners.service';
import { DriverFactory } from './driver-factory';
import { OpsMembersService } from './ops-members.service';
import { ProvisioningRunner } from './provisioning-runner.service';
import { RunLogService } from './run-log.service';
import { ServiceResourceEntity } from './service-resource.entity';

export interface ReconcileReport {
  checked: number;
  drift: number;
  scheduled: number;
}

/**
 * Compares what partners report with what we expect: a missing object is re-created (and ops are
 * told, since data may be lost), a droplet powered off while active is powered on, a different size
 * is resized back. Services still converging get a fresh run (a safety net for killed workers).
 */
@Injectable()
export class ReconcileService {
  private readonly logger = new Logger(ReconcileService.name);

  constructor(
    private readonly db: DataSource,
    private readonly partners: PartnersService,
    private readonly drivers: DriverFactory,
    private readonly runner: ProvisioningRunner,
    private readonly runLog: RunLogService,
    private readonly ops: OpsMembersService,
    @Inject(INCIDENT_REPORTER) private readonly incidents: IncidentReporter,
  ) {}

  async reconcileAll(): Promise<ReconcileReport> {
    const report: ReconcileReport = { checked: 0, drift: 0, scheduled: 0 };
    const services: Array<{ id: string; status: string }> = await this.db.query(
      `SELECT id, status FROM services WHERE status IN ('PROVISIONING', 'ACTIVE', 'SUSPENDED', 'TERMINATING')`,
    );
    const currentOps = opsFingerprint(await this.ops.current());
    for (const service of services) {
      let repair = service.status === 'PROVISIONING' || service.status === 'TERMINATING';
      if (!repair) {
        const resources = await this.db.getRepository(ServiceResourceEntity).find({ where: { serviceId: service.id } });
        for (const r of resources.filter((x) => x.handle && (x.status === 'READY' || x.status === 'SUSPENDED'))) {
          report.checked++;
          try {
            const found = await this.check(service.status, r, currentOps);
            if (found) {
              report.drift++;
              repair ||= found === 'repair';
            }
          } catch (e) {
            this.logger.warn({ service: service.id, resource: r.id, err: (e as Error).message }, 'could not observe resource');
          }
        }
      }
      if (repair) {
        await this.runner.schedule(service.id);
        report.scheduled++;
      }
    }
    this.logger.log(report, 'reconciliation done');
    return report;
  }

  /** Returns 'repair' when a run must fix something, 'noted' for drift only people can act on. */
  private async check(serviceStatus: string, r: ServiceResourceEntity, currentOps: string): Promise<'repair' | 'noted' | undefined> {
    const partner = await this.partners.byId(r.partnerId);
    const driver = this.drivers.for(this.partners.connection(partner), r.kind);
    const seen = await driver.observe(r.handle!);
    const repo = this.db.getRepository(ServiceResourceEntity);
    if (!seen.exists) {
      await repo.update({ id: r.id }, { status: 'PENDING', handle: null, outputs: {}, step: null, attempts: 0 });
      // Not ACTIVE while something is missing; the run derives the status again when it is back.
      const [service] = await rowsOf<{ client_id: string; domain: string }>(
        this.db.manager,
        `UPDATE services SET status = 'PROVISIONING', updated_at = now() WHERE id = $1 AND status IN ('ACTIVE', 'DEGRADED') RETURNING client_id, domain`,
        [r.serviceId],
      );
      const message = `${r.kind} ${r.key} is missing at ${partner.name}; re-creating it${r.kind === 'DROPLET' ? ' (its data must be restored from the backup)' : ''}`;
      await this.runLog.add(r.serviceId, r.id, 'RECONCILE', 'DRIFT', message);
      if (service && (r.kind === 'DROPLET' || r.kind === 'BACKUP_REPO')) {
        // Re-creating is safe; the lost data is not, so people must look.
        await this.incidents.reportFailure({ clientId: service.client_id, serviceId: r.serviceId, subject: `Drift: ${r.kind} of ${service.domain} vanished`, body: message });
      }
      return 'repair';
    }
    if (r.kind === 'DROPLET' && seen.suspended !== undefined && seen.suspended !== r.suspended) {
      await repo.update({ id: r.id }, { suspended: seen.suspended });
      await this.runLog.add(r.serviceId, r.id, 'RECONCILE', 'DRIFT', `droplet is ${seen.state} while the service is ${serviceStatus}; correcting`);
      return 'repair';
    }
    const appliedSize = r.applied?.size;
    if (r.kind === 'DROPLET' && seen.size && appliedSize && seen.size !== appliedSize) {
      await repo.update({ id: r.id }, { applied: { ...r.applied, size: seen.size } });
      await this.runLog.add(r.serviceId, r.id, 'RECONCILE', 'DRIFT', `droplet is ${seen.size}, the package says ${String(appliedSize)}; resizing`);
      return 'repair';
    }
    if (r.kind === 'DROPLET' && r.opsFingerprint && r.opsFingerprint !== currentOps) {
      const [last] = await this.db.query(`SELECT message FROM resource_runs WHERE resource_id = $1 AND outcome = 'DRIFT' ORDER BY id DESC LIMIT 1`, [r.id]);
      const note = `ops users out of date (built for ${r.opsFingerprint}, now ${currentOps}); re-run the Ansible playbook`;
      if (last?.message !== note) await this.runLog.add(r.serviceId, r.id, 'RECONCILE', 'DRIFT', note);
      return 'noted';
    }
    return undefined;
  }
}
