/** Billing's contract: enqueue this with `{ serviceId }` in the transaction that changes a service. */
export const APPLY_SERVICE_JOB = 'provisioning.apply-service';
/** Internal: at most one run per service queued (pg-boss `short` policy keyed by service id). */
export const RUN_SERVICE_JOB = 'provisioning.run-service';
export const RECONCILE_JOB = 'provisioning.reconcile';

export interface ApplyServiceJobData {
  serviceId: string;
}
export const PURGE_BACKUPS_JOB = 'provisioning.purge-backups';
