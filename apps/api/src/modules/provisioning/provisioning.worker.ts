import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import { BackupRetentionService } from './backup-retention.service';
import { APPLY_SERVICE_JOB, PURGE_BACKUPS_JOB, RECONCILE_JOB, RUN_SERVICE_JOB, type ApplyServiceJobData } from './provisioning.jobs';
import { ProvisioningRunner } from './provisioning-runner.service';
import { ReconcileService } from './reconcile.service';

/**
 * Job wiring. Billing's `provisioning.apply-service` jobs are forwarded to a queue with the `short`
 * policy keyed by service id (at most one run per service waiting, whatever the sender set); the run
 * itself holds a per-service advisory lock, so one is in flight. (`stately` would also limit the
 * active ones, but pg-boss then fails the whole fetch while the key is busy, stalling other services.)
 */
@Injectable()
export class ProvisioningWorker implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly runner: ProvisioningRunner,
    private readonly reconcile: ReconcileService,
    private readonly backups: BackupRetentionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    // Forwarding is cheap, but pg-boss takes one job per worker per poll interval: use several.
    this.jobs.register<ApplyServiceJobData>(APPLY_SERVICE_JOB, async (job) => this.runner.schedule(job.data.serviceId), { concurrency: 8 });
    this.jobs.register<ApplyServiceJobData>(RUN_SERVICE_JOB, async (job) => this.runner.run(job.data.serviceId), {
      concurrency: this.config.provisioning.concurrency,
      // A killed worker's job expires and runs again; the step state makes that safe.
      queue: { policy: 'short', retryLimit: 10, retryDelay: 5, retryBackoff: true, expireInSeconds: 900 },
    });
    this.jobs.register(RECONCILE_JOB, async () => this.reconcile.reconcileAll(), { concurrency: 1 });
    this.jobs.schedule(RECONCILE_JOB, this.config.provisioning.reconcileCron);
    this.jobs.register(PURGE_BACKUPS_JOB, async () => this.backups.purgeExpired(), { concurrency: 1 });
    this.jobs.schedule(PURGE_BACKUPS_JOB, '30 4 * * *');
  }
}
