import { rowsOf } from '../../database/sql-rows';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  deriveServiceStatus,
  nextStep,
  opsFingerprint,
  parsePackageSpec,
  placeResources,
  plannedResources,
  ProvisioningError,
  renderCloudInit,
  type Driver,
  type PackageSpec,
  type ResourceStatus,
  type ResourceStep,
  type ServiceStatus,
} from '@coop/provisioning';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { EventLogService } from '../events/event-log.service';
import { INCIDENT_REPORTER, type IncidentReporter } from '../incidents/incident-reporter';
import { PartnersService } from '../partners/partners.service';
import { SECRETS_CIPHER } from '../partners/partners.tokens';
import type { SecretsCipher } from '../partners/secrets-cipher';
import { JobsService } from '../jobs/jobs.service';
import { DriverFactory } from './driver-factory';
import { OpsMembersService } from './ops-members.service';
import { RUN_SERVICE_JOB } from './provisioning.jobs';
import { desiredFor, hostnameFor, isOutdated } from './resource-desired';
import { newSecretsFor } from './resource-secrets';
import { RunLogService } from './run-log.service';
import { ServiceResourceEntity } from './service-resource.entity';

interface ServiceRow {
  id: string;
  client_id: string;
  domain: string;
  status: ServiceStatus;
  spec: unknown;
}

const STATUS_DURING: Record<Exclude<ResourceStep, 'NONE'>, ResourceStatus> = {
  ENSURE: 'CREATING',
  UPDATE: 'UPDATING',
  SUSPEND: 'UPDATING',
  UNSUSPEND: 'UPDATING',
  DESTROY: 'DELETING',
};

/**
 * Makes a service's resources match `services.spec` and `services.status`, one step at a time, each
 * step recorded before and after it runs (so a killed worker resumes: ensure adopts what it made),
 * then derives the service status. Retryable failures come back later; the rest mark the resource
 * FAILED and file an incident.
 */
@Injectable()
export class ProvisioningRunner {
  private readonly logger = new Logger(ProvisioningRunner.name);

  constructor(
    private readonly db: DataSource,
    private readonly partners: PartnersService,
    private readonly drivers: DriverFactory,
    private readonly jobs: JobsService,
    private readonly events: EventLogService,
    private readonly runLog: RunLogService,
    private readonly ops: OpsMembersService,
    @Inject(INCIDENT_REPORTER) private readonly incidents: IncidentReporter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SECRETS_CIPHER) private readonly cipher: SecretsCipher,
  ) {}

  /** Queue a run for the service (deduplicated per service by the queue's singleton key). */
  async schedule(serviceId: string, delaySeconds = 0): Promise<void> {
    await this.jobs.send(RUN_SERVICE_JOB, { serviceId }, { singletonKey: serviceId, startAfter: Math.ceil(delaySeconds) });
  }

  /**
   * One run at a time per service: a session advisory lock, which PostgreSQL releases by itself when
   * a killed worker's connection drops, so a new run can resume at once. A busy service is tried
   * again shortly.
   */
  async run(serviceId: string): Promise<void> {
    const session = this.db.createQueryRunner();
    await session.connect();
    try {
      const [{ locked }] = await session.query('SELECT pg_try_advisory_lock(hashtextextended($1, 7)) AS locked', [serviceId]);
      if (!locked) {
        await this.schedule(serviceId, Math.max(1, this.config.provisioning.retryBaseSeconds));
        return;
      }
      try {
        await this.runLocked(serviceId);
      } finally {
        await session.query('SELECT pg_advisory_unlock(hashtextextended($1, 7))', [serviceId]);
      }
    } finally {
      await session.release();
    }
  }

  private async runLocked(serviceId: string): Promise<void> {
    const [service]: ServiceRow[] = await this.db.query('SELECT id, client_id, domain, status, spec FROM services WHERE id = $1', [serviceId]);
    if (!service || service.status === 'TERMINATED' || service.status === 'CANCELLED') return;
    let spec: PackageSpec;
    try {
      spec = parsePackageSpec(service.spec);
    } catch (e) {
      await this.fail(service, null, 'PLAN', `the service spec is invalid: ${(e as Error).message}`);
      return;
    }
    if (service.status !== 'TERMINATING' && !(await this.place(service, spec))) return;

    const retryIn: number[] = [];
    const resources = await this.resources(serviceId);
    const ordered = service.status === 'TERMINATING' ? [...resources].reverse() : resources;
    for (const resource of ordered) {
      // A resource can need several steps in a row (create, then power off for a suspended service).
      for (let i = 0; i < 4; i++) {
        const outcome = await this.advance(service, spec, resource, resources);
        if (outcome === 'done' || outcome === 'failed' || outcome === 'blocked') break;
        if (typeof outcome === 'number') {
          retryIn.push(outcome);
          break;
        }
      }
    }
    await this.deriveStatus(service);
    const pending = (await this.resources(serviceId)).some((r) => r.status === 'PENDING' && r.planned);
    if (retryIn.length || pending) await this.schedule(serviceId, retryIn.length ? Math.min(...retryIn) : this.config.provisioning.retryBaseSeconds);
  }

  /** Inserts a row, with its partner and the reason, for each resource the spec needs and lacks. */
  private async place(service: ServiceRow, spec: PackageSpec): Promise<boolean> {
    const existing = await this.resources(service.id);
    const planned = plannedResources(spec);
    const plannedKeys = new Set(planned.map((p) => p.key));
    for (const r of existing) {
      const isPlanned = plannedKeys.has(r.key);
      if (r.planned !== isPlanned) await this.db.query('UPDATE service_resources SET planned = $2 WHERE id = $1', [r.id, isPlanned]);
    }
    const missing = planned.filter((p) => !existing.some((r) => r.key === p.key));
    if (!missing.length) return true;
    const pinned = Object.fromEntries(existing.filter((r) => r.status !== 'DELETED').map((r) => [r.kind, r.partnerId]));
    let placement;
    try {
      placement = placeResources(spec, await this.partners.offers(), pinned);
    } catch (e) {
      await this.fail(service, null, 'PLACE', (e as Error).message);
      return false;
    }
    for (const p of missing) {
      const choice = placement[p.kind]!;
      await this.db.query(
        `INSERT INTO service_resources (service_id, key, kind, partner_id, placement_reason) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (service_id, key) DO NOTHING`,
        [service.id, p.key, p.kind, choice.partnerId, choice.reason],
      );
      await this.runLog.add(service.id, null, 'PLACE', 'NOTE', `${p.key} (${p.kind}) at ${choice.reason}`);
    }
    return true;
  }

  /** One step for one resource: 'done' when nothing is left, a delay in seconds to try again later. */
  private async advance(
    service: ServiceRow,
    spec: PackageSpec,
    resource: ServiceResourceEntity,
    all: ServiceResourceEntity[],
  ): Promise<'done' | 'again' | 'failed' | 'blocked' | number> {
    const partner = await this.partners.byId(resource.partnerId);
    const desired = resource.planned
      ? desiredFor(resource.kind, spec, { serviceId: service.id, resourceId: resource.id, domain: service.domain, key: resource.key, partnerRegions: partner.regions })
      : null;
    const step = nextStep(service.status, {
      kind: resource.kind,
      status: resource.status,
      suspended: resource.suspended,
      hasHandle: resource.handle !== null,
      planned: resource.planned,
      outdated: desired ? isOutdated(resource.kind, resource.applied, desired) : false,
    });
    if (step === 'NONE') return 'done';
    if (resource.status === 'FAILED' && resource.step === step) return 'done';
    if (step === 'ENSURE') {
      const blocker = this.blocker(resource, all);
      if (blocker) return blocker;
    }
    if (step === 'DESTROY' && resource.kind === 'MAIL_DOMAIN' && all.some((r) => r.kind === 'MAILBOX' && r.status !== 'DELETED' && r.handle)) {
      return 'blocked';
    }

    const driver = this.drivers.for(this.partners.connection(partner), resource.kind);
    const attempt = (resource.step === step ? resource.attempts : 0) + 1;
    await this.patch(resource, { status: STATUS_DURING[step], step, attempts: attempt });
    await this.runLog.add(service.id, resource.id, step, 'STARTED', `attempt ${attempt} at ${partner.name}`);
    try {
      const message = await this.execute(service, spec, resource, step, driver, desired, all);
      await this.runLog.add(service.id, resource.id, step, 'SUCCEEDED', message);
      return 'again';
    } catch (e) {
      const errorClass = driver.classifyError(e);
      const text = e instanceof Error ? e.message : String(e);
      if (errorClass === 'retryable' && attempt < this.config.provisioning.maxAttempts) {
        await this.patch(resource, { lastError: text });
        await this.runLog.add(service.id, resource.id, step, 'RETRYING', `${errorClass}: ${text}`);
        // A partner asking for a longer pause (retry-after beyond what the HTTP layer waits) gets it.
        const askedSeconds = e instanceof ProvisioningError && e.details.retryAfterMs ? e.details.retryAfterMs / 1000 : 0;
        return Math.max(this.config.provisioning.retryBaseSeconds * 2 ** (attempt - 1), askedSeconds);
      }
      await this.patch(resource, { status: 'FAILED', lastError: text });
      await this.fail(service, resource, step, `${errorClass}${errorClass === 'retryable' ? ', out of retries' : ''}: ${text}`);
      return 'failed';
    }
  }

  /** Creation waits for what the resource depends on (the droplet's cloud-init needs the backup repository). */
  private blocker(resource: ServiceResourceEntity, all: ServiceResourceEntity[]): 'blocked' | number | undefined {
    const needs = resource.kind === 'DROPLET' ? 'BACKUP_REPO' : resource.kind === 'MAILBOX' ? 'MAIL_DOMAIN' : undefined;
    const dependency = needs && all.find((r) => r.kind === needs && r.planned);
    if (!dependency || dependency.status === 'READY' || dependency.status === 'SUSPENDED') return undefined;
    return dependency.status === 'FAILED' ? 'blocked' : this.config.provisioning.retryBaseSeconds;
  }

  private async execute(
    service: ServiceRow,
    spec: PackageSpec,
    resource: ServiceResourceEntity,
    step: Exclude<ResourceStep, 'NONE'>,
    driver: Driver,
    desired: ReturnType<typeof desiredFor> | null,
    all: ServiceResourceEntity[],
  ): Promise<string> {
    const ref = { resourceId: resource.id, serviceId: service.id };
    switch (step) {
      case 'ENSURE': {
        const extra = await this.creationExtras(service, spec, resource, all);
        const result = await driver.ensure(ref, { ...desired!, ...extra.desired } as never, {
          onHandle: async (handle) => this.patch(resource, { handle }),
        });
        if (result.adopted && resource.kind === 'MAILBOX') await this.patch(resource, { secretsEncrypted: null });
        await this.patch(resource, {
          status: 'READY',
          handle: result.handle,
          outputs: result.outputs,
          applied: desired as unknown as Record<string, unknown>,
          suspended: false,
          attempts: 0,
          lastError: null,
          ...(extra.opsFingerprint ? { opsFingerprint: extra.opsFingerprint } : {}),
        });
        return result.adopted ? 'adopted an existing object' : 'created';
      }
      case 'UPDATE':
        await driver.update(resource.handle!, desired as never);
        await this.patch(resource, { status: resource.suspended ? 'SUSPENDED' : 'READY', applied: desired as unknown as Record<string, unknown>, attempts: 0, lastError: null });
        return 'updated to the package';
      case 'SUSPEND':
      case 'UNSUSPEND': {
        const on = step === 'SUSPEND';
        await driver.setSuspended(resource.handle!, on);
        await this.patch(resource, { status: on ? 'SUSPENDED' : 'READY', suspended: on, attempts: 0, lastError: null });
        return on ? 'suspended' : 'resumed';
      }
      case 'DESTROY':
        if (resource.handle) await driver.destroy(resource.handle);
        await this.patch(resource, { status: 'DELETED', attempts: 0, lastError: null });
        return 'destroyed';
    }
  }

  /** Secrets (generated once, sealed before the remote call) and, for a droplet, its cloud-init. */
  private async creationExtras(service: ServiceRow, spec: PackageSpec, resource: ServiceResourceEntity, all: ServiceResourceEntity[]) {
    let secrets = this.cipher.decryptJson(resource.secretsEncrypted);
    if (!Object.keys(secrets).length) {
      const fresh = newSecretsFor(resource.kind, service.id);
      if (fresh) {
        secrets = fresh;
        await this.patch(resource, { secretsEncrypted: this.cipher.encryptJson(fresh) });
      }
    }
    if (resource.kind === 'BACKUP_REPO') return { desired: { appendOnlyKey: secrets.publicKey } };
    if (resource.kind === 'MAILBOX') return { desired: { password: secrets.password } };
    if (resource.kind !== 'DROPLET') return { desired: {} };

    const opsMembers = await this.ops.current();
    const backup = all.find((r) => r.kind === 'BACKUP_REPO' && r.planned);
    const backupSecrets = backup ? this.cipher.decryptJson((await this.resource(backup.id)).secretsEncrypted) : undefined;
    const backupOutputs = backup ? (await this.resource(backup.id)).outputs : undefined;
    const userData = renderCloudInit({
      hostname: hostnameFor(service.id),
      domain: service.domain,
      opsMembers,
      backup:
        backup && spec.backup && backupSecrets?.passphrase
          ? { repoPath: String(backupOutputs!.repoPath), passphrase: backupSecrets.passphrase, privateKey: backupSecrets.privateKey!, backup: spec.backup }
          : undefined,
    });
    return { desired: { userData }, opsFingerprint: opsFingerprint(opsMembers) };
  }

  private async deriveStatus(service: ServiceRow): Promise<void> {
    const resources = await this.resources(service.id);
    const [current]: ServiceRow[] = await this.db.query('SELECT status FROM services WHERE id = $1', [service.id]);
    if (!current) return;
    const next = deriveServiceStatus(current.status, resources);
    if (next === current.status) return;
    // Only if nobody (billing) changed the status meanwhile.
    const updated = await rowsOf(
      this.db.manager,
      `UPDATE services SET status = $3, updated_at = now(), version = version + 1 WHERE id = $1 AND status = $2 RETURNING id`,
      [service.id, current.status, next],
    );
    if (!updated.length) return;
    await this.events.record(null, {
      actorId: null,
      action: 'service.status_changed',
      subjectType: 'service',
      subjectId: service.id,
      clientId: service.client_id,
      data: { from: current.status, to: next },
    });
    this.logger.log({ service: service.id, from: current.status, to: next }, 'service status derived');
  }

  private async fail(service: ServiceRow, resource: ServiceResourceEntity | null, step: string, message: string): Promise<void> {
    await this.runLog.add(service.id, resource?.id ?? null, step, 'FAILED', message);
    if (!resource) {
      await this.db.query(`UPDATE services SET status = 'DEGRADED', updated_at = now() WHERE id = $1 AND status IN ('PROVISIONING', 'ACTIVE')`, [service.id]);
    }
    this.logger.warn({ service: service.id, resource: resource?.id, step }, 'provisioning step failed');
    const what = resource ? `${resource.kind} ${resource.key}` : 'placement';
    try {
      const { ticketNumber } = await this.incidents.reportFailure({
        clientId: service.client_id,
        serviceId: service.id,
        subject: `Provisioning failed: ${what} of ${service.domain}`,
        body: `${step} failed for ${what}: ${message}\n\nRun log:\n${await this.runLog.render(service.id)}`,
      });
      await this.runLog.add(service.id, resource?.id ?? null, step, 'NOTE', ticketNumber ? `ticket #${ticketNumber} filed` : 'incident reported');
    } catch (e) {
      this.logger.error({ service: service.id, err: e }, 'could not report the incident');
    }
  }

  async resources(serviceId: string): Promise<ServiceResourceEntity[]> {
    const repo = this.db.getRepository(ServiceResourceEntity);
    const rows = await repo.find({ where: { serviceId } });
    const order = ['BACKUP_REPO', 'DROPLET', 'MAIL_DOMAIN', 'MAILBOX'];
    return rows.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.key.localeCompare(b.key, 'en', { numeric: true }));
  }

  private async resource(id: string): Promise<ServiceResourceEntity> {
    return this.db.getRepository(ServiceResourceEntity).findOneByOrFail({ id });
  }

  /** Writes fields at once and mirrors them on the in-memory row. */
  private async patch(resource: ServiceResourceEntity, fields: Partial<ServiceResourceEntity>): Promise<void> {
    Object.assign(resource, fields);
    await this.db.getRepository(ServiceResourceEntity).update({ id: resource.id }, fields as never);
  }
}
