import { Injectable } from '@nestjs/common';
import { parsePackageSpec, specForService } from '@coop/provisioning';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { rowsOf } from '../../database/sql-rows';
import { BillingNoticesService, type NoticeKind } from '../billing/billing-notices.service';
import { EventLogService } from '../events/event-log.service';
import { JobsService } from '../jobs/jobs.service';

export const APPLY_SERVICE_JOB = 'provisioning.apply-service';

type Transition = 'SUSPEND_OVERDUE' | 'UNSUSPEND' | 'TERMINATE';

const EFFECT: Record<Transition, { status: string; reason: string | null; action: string; notice: NoticeKind }> = {
  SUSPEND_OVERDUE: { status: 'SUSPENDED', reason: 'OVERDUE', action: 'service.suspended', notice: 'SERVICE_SUSPENDED' },
  // Back to PROVISIONING: provisioning turns resources on again and derives ACTIVE itself.
  UNSUSPEND: { status: 'PROVISIONING', reason: null, action: 'service.unsuspended', notice: 'SERVICE_UNSUSPENDED' },
  TERMINATE: { status: 'TERMINATING', reason: null, action: 'service.terminating', notice: 'SERVICE_TERMINATING' },
};

/**
 * What billing may do to a service's status, each in the caller's transaction together with the
 * `provisioning.apply-service` job, an audit event and a notice for the client. Billing never sets ACTIVE.
 */
@Injectable()
export class ServiceTransitionsService {
  constructor(
    private readonly jobs: JobsService,
    private readonly events: EventLogService,
    private readonly notices: BillingNoticesService,
    private readonly clock: Clock,
  ) {}

  async apply(m: EntityManager, p: { serviceId: string; transition: Transition; actorId: string | null; message: string; data?: Record<string, unknown> }): Promise<void> {
    const effect = EFFECT[p.transition];
    const [row] = await rowsOf<{ client_id: string }>(
      m,
      `UPDATE services SET status = $2, suspension_reason = $3, updated_at = $4, version = version + 1 WHERE id = $1 RETURNING client_id`,
      [p.serviceId, effect.status, effect.reason, this.clock.now()],
    );
    await m.query(
      `UPDATE service_billing SET suspended_at = CASE WHEN $2 = 'SUSPENDED' THEN $3::timestamptz ELSE NULL END,
         ended_at = CASE WHEN $2 = 'TERMINATING' THEN coalesce(ended_at, $3::timestamptz) ELSE ended_at END
       WHERE service_id = $1`,
      [p.serviceId, effect.status, this.clock.now()],
    );
    await this.jobs.send(APPLY_SERVICE_JOB, { serviceId: p.serviceId }, {}, m);
    await this.events.record(m, {
      actorId: p.actorId,
      action: effect.action,
      subjectType: 'service',
      subjectId: p.serviceId,
      clientId: row.client_id,
      data: { status: effect.status, reason: effect.reason, ...p.data },
    });
    await this.notices.add(m, { clientId: row.client_id, serviceId: p.serviceId, kind: effect.notice, message: p.message });
  }

  /**
   * Moves a service to another package (and price): the spec snapshot is rebuilt for its domain and
   * the provisioning job re-applies it. With `expectedVersion`, a concurrent change is refused (false).
   */
  async changePackage(
    m: EntityManager,
    p: { serviceId: string; packageId: string; priceId: string; actorId: string | null; expectedVersion?: number; data?: Record<string, unknown> },
  ): Promise<boolean> {
    const [pkg] = await m.query('SELECT name, spec FROM packages WHERE id = $1', [p.packageId]);
    const [svc] = await m.query('SELECT client_id, domain, package_id FROM services WHERE id = $1', [p.serviceId]);
    const spec = specForService(parsePackageSpec(pkg.spec), svc.domain);
    const updated = await rowsOf(
      m,
      `UPDATE services SET package_id = $2, spec = $3, updated_at = $4, version = version + 1
        WHERE id = $1 AND ($5::int IS NULL OR version = $5) RETURNING id`,
      [p.serviceId, p.packageId, JSON.stringify(spec), this.clock.now(), p.expectedVersion ?? null],
    );
    if (!updated.length) return false;
    await m.query('UPDATE service_billing SET price_id = $2 WHERE service_id = $1', [p.serviceId, p.priceId]);
    await this.jobs.send(APPLY_SERVICE_JOB, { serviceId: p.serviceId }, {}, m);
    await this.events.record(m, {
      actorId: p.actorId,
      action: 'service.package_changed',
      subjectType: 'service',
      subjectId: p.serviceId,
      clientId: svc.client_id,
      data: { from: svc.package_id, to: p.packageId, ...p.data },
    });
    await this.notices.add(m, { clientId: svc.client_id, serviceId: p.serviceId, kind: 'PACKAGE_CHANGED', message: `${svc.domain} is moving to ${pkg.name}.` });
    return true;
  }
}
