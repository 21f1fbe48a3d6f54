import { Inject, Injectable } from '@nestjs/common';
import { exportTerraform, mailDnsRecords, renderAnsibleInventory, type DnsRecord, type IacResource } from '@coop/provisioning';
import { SECRETS_CIPHER } from '../partners/partners.tokens';
import type { SecretsCipher } from '../partners/secrets-cipher';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { conflict, notFound } from '../../common/errors/domain.exception';
import { ClientAccessService } from '../clients/client-access.service';
import { EventLogService } from '../events/event-log.service';
import { JobsService } from '../jobs/jobs.service';
import { PartnersService } from '../partners/partners.service';
import type { ServiceObject } from '../services/dto/service.object';
import { OpsMembersService } from './ops-members.service';
import { APPLY_SERVICE_JOB } from './provisioning.jobs';
import type { ResourceRunEntity } from './resource-run.entity';
import { hostnameFor } from './resource-desired';
import { ServiceResourceEntity } from './service-resource.entity';
import { lockServiceOrder } from '../orders/order-rows';

const SERVICE_COLUMNS = `id, client_id AS "clientId", domain, status, suspension_reason AS "suspensionReason", created_at AS "createdAt", package_id AS "packageId"`;

/** What people do with provisioning: look at resources and the run log, retry, suspend by hand, export. */
@Injectable()
export class ProvisioningService {
  constructor(
    private readonly db: DataSource,
    private readonly access: ClientAccessService,
    private readonly events: EventLogService,
    private readonly jobs: JobsService,
    private readonly partners: PartnersService,
    private readonly ops: OpsMembersService,
    @Inject(SECRETS_CIPHER) private readonly cipher: SecretsCipher,
  ) {}

  /** MX, SPF, DKIM and DMARC for the service's mail domain, once the domain exists at the partner. */
  async mailDns(serviceId: string): Promise<DnsRecord[]> {
    // The domain is the service's own; drivers' outputs need not repeat it (the sandbox's do not).
    const [domain] = await this.db.query(
      `SELECT r.outputs, s.domain FROM service_resources r JOIN services s ON s.id = r.service_id
        WHERE r.service_id = $1 AND r.kind = 'MAIL_DOMAIN' AND r.status IN ('READY', 'SUSPENDED')`,
      [serviceId],
    );
    if (!domain?.outputs?.mailHost) return [];
    const o = domain.outputs as Record<string, string>;
    return mailDnsRecords({ domain: domain.domain, mailHost: o.mailHost, dkimTxt: o.dkimTxt, dkimSelector: o.dkimSelector });
  }

  /** A new mailbox's password, shown once to a member of the client, then forgotten. */
  async revealMailboxPassword(user: AuthUser, resourceId: string): Promise<string> {
    const [row] = /^[0-9a-f-]{36}$/i.test(resourceId)
      ? await this.db.query(`SELECT r.service_id, r.secrets_encrypted, s.client_id FROM service_resources r JOIN services s ON s.id = r.service_id WHERE r.id = $1 AND r.kind = 'MAILBOX'`, [
          resourceId,
        ])
      : [];
    if (!row) throw notFound('mailbox');
    await this.access.assertMember(user, row.client_id);
    const password = this.cipher.decryptJson(row.secrets_encrypted).password;
    // Only the caller who clears it gets it, so two tabs cannot both read it.
    const cleared = await this.db.query(`UPDATE service_resources SET secrets_encrypted = NULL WHERE id = $1 AND secrets_encrypted = $2 AND status = 'READY' RETURNING id`, [
      resourceId,
      row.secrets_encrypted,
    ]);
    if (!password || !cleared.length) throw conflict('the password was already shown, or the mailbox is not ready; reset it in the webmail');
    await this.events.record(null, { actorId: user.id, action: 'mailbox.password_shown', subjectType: 'service', subjectId: row.service_id, clientId: row.client_id });
    return password;
  }

  /** A service the caller may see (members of its client, or staff); otherwise NOT_FOUND. */
  async visibleService(user: AuthUser, serviceId: string): Promise<ServiceObject> {
    const service = await this.service(serviceId);
    await this.access.assertMember(user, service.clientId);
    return service;
  }

  async service(serviceId: string): Promise<ServiceObject> {
    const [row] = /^[0-9a-f-]{36}$/i.test(serviceId) ? await this.db.query(`SELECT ${SERVICE_COLUMNS} FROM services WHERE id = $1`, [serviceId]) : [];
    if (!row) throw notFound('service');
    return row;
  }

  resources(serviceId: string): Promise<ServiceResourceEntity[]> {
    return this.db.getRepository(ServiceResourceEntity).find({ where: { serviceId }, order: { createdAt: 'ASC', key: 'ASC' } });
  }

  async runLog(serviceId: string, limit: number, resourceId?: string): Promise<ResourceRunEntity[]> {
    const rows = await this.db.query(
      `SELECT id, service_id AS "serviceId", resource_id AS "resourceId", at, step, outcome, message FROM resource_runs
       WHERE service_id = $1 AND ($2::uuid IS NULL OR resource_id = $2) ORDER BY id DESC LIMIT $3`,
      [serviceId, resourceId ?? null, limit],
    );
    return rows;
  }

  /** Ops: failed resources start over (their remote objects are adopted if they exist). */
  async retry(user: AuthUser, serviceId: string): Promise<ServiceObject> {
    const service = await this.service(serviceId);
    await this.db.transaction(async (manager) => {
      const reset = await manager.query(
        // A failed create starts over (and adopts what exists); anything else goes back to the state
        // before the failed step, so the step itself is tried again.
        `UPDATE service_resources SET status = CASE
             WHEN step <> 'ENSURE' AND handle IS NOT NULL THEN (CASE WHEN suspended THEN 'SUSPENDED' ELSE 'READY' END)
             ELSE 'PENDING' END,
           attempts = 0, last_error = NULL, updated_at = now()
         WHERE service_id = $1 AND status = 'FAILED' RETURNING id`,
        [serviceId],
      );
      await manager.query(`UPDATE services SET status = 'PROVISIONING', updated_at = now(), version = version + 1 WHERE id = $1 AND status = 'DEGRADED'`, [serviceId]);
      await this.events.record(manager, {
        actorId: user.id,
        action: 'service.provisioning_retried',
        subjectType: 'service',
        subjectId: serviceId,
        clientId: service.clientId,
        data: { resources: reset.length },
      });
      await this.jobs.send(APPLY_SERVICE_JOB, { serviceId }, {}, manager);
    });
    return this.service(serviceId);
  }

  /** Ops: suspend by hand with a reason (billing suspends for OVERDUE through the same columns). */
  async suspend(user: AuthUser, serviceId: string, reason: 'MANUAL' | 'ABUSE', note: string): Promise<ServiceObject> {
    return this.changeStatus(user, serviceId, 'SUSPENDED', reason, note);
  }

  async unsuspend(user: AuthUser, serviceId: string, note: string): Promise<ServiceObject> {
    return this.changeStatus(user, serviceId, 'PROVISIONING', null, note);
  }

  private async changeStatus(user: AuthUser, serviceId: string, to: 'SUSPENDED' | 'PROVISIONING', reason: string | null, note: string) {
    const service = await this.service(serviceId);
    const allowed = to === 'SUSPENDED' ? ['PROVISIONING', 'ACTIVE', 'DEGRADED'] : ['SUSPENDED'];
    await this.db.transaction(async (manager) => {
      await lockServiceOrder(manager, serviceId);
      const updated = await manager.query(
        `UPDATE services SET status = $2, suspension_reason = $3, updated_at = now(), version = version + 1
         WHERE id = $1 AND status = ANY($4) RETURNING id`,
        [serviceId, to, reason, allowed],
      );
      if (!updated.length) throw conflict(`a ${service.status} service cannot be ${to === 'SUSPENDED' ? 'suspended' : 'unsuspended'}`);
      await this.events.record(manager, {
        actorId: user.id,
        action: to === 'SUSPENDED' ? 'service.suspended' : 'service.unsuspended',
        subjectType: 'service',
        subjectId: serviceId,
        clientId: service.clientId,
        data: { reason, note },
      });
      await this.jobs.send(APPLY_SERVICE_JOB, { serviceId }, {}, manager);
    });
    return this.service(serviceId);
  }

  async terraform(serviceId: string): Promise<string> {
    const service = await this.service(serviceId);
    const resources = await this.resources(serviceId);
    const iac: IacResource[] = [];
    for (const r of resources.filter((x) => x.status !== 'DELETED')) {
      const partner = await this.partners.byId(r.partnerId);
      iac.push({
        id: r.id,
        kind: r.kind,
        status: r.status,
        partner: { name: partner.name, driver: partner.driver, apiBaseUrl: partner.apiBaseUrl },
        desired: r.applied ?? {},
        handle: r.handle,
        outputs: r.outputs,
      });
    }
    return JSON.stringify(exportTerraform({ id: service.id, domain: service.domain, resources: iac }), null, 2);
  }

  async ansibleInventory(): Promise<string> {
    const rows: Array<{ service_id: string; domain: string; outputs: Record<string, unknown>; ops_fingerprint: string | null; partner: string; driver: string }> =
      await this.db.query(
        `SELECT r.service_id, s.domain, r.outputs, r.ops_fingerprint, p.name AS partner, p.driver FROM service_resources r
         JOIN services s ON s.id = r.service_id JOIN partners p ON p.id = r.partner_id
         WHERE r.kind = 'DROPLET' AND r.status <> 'DELETED' AND r.handle IS NOT NULL`,
      );
    return renderAnsibleInventory(
      rows.map((r) => ({
        hostname: hostnameFor(r.service_id),
        serviceId: r.service_id,
        domain: r.domain,
        ipv4: typeof r.outputs.ipv4 === 'string' ? r.outputs.ipv4 : undefined,
        partnerName: r.partner,
        simulated: r.driver === 'sandbox',
        opsFingerprint: r.ops_fingerprint ?? undefined,
      })),
      await this.ops.current(),
    );
  }
}
