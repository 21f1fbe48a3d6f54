import { Injectable } from '@nestjs/common';
import { opsFingerprint } from '@coop/provisioning';
import type { AuthUser } from '../../common/auth/auth-user';
import { PartnersService } from '../partners/partners.service';
import type { ServiceResourceObject } from './dto/service-resource.object';
import { OpsMembersService } from './ops-members.service';
import { ProvisioningService } from './provisioning.service';
import type { ServiceResourceEntity } from './service-resource.entity';

/** Resource rows as GraphQL objects; clients see states and a short timeline, staff also the errors. */
@Injectable()
export class ServiceResourcesPresenter {
  constructor(
    private readonly provisioning: ProvisioningService,
    private readonly partners: PartnersService,
    private readonly ops: OpsMembersService,
  ) {}

  async present(user: AuthUser, serviceId: string): Promise<ServiceResourceObject[]> {
    const rows = await this.provisioning.resources(serviceId);
    const runs = await this.provisioning.runLog(serviceId, 200);
    const currentOps = rows.some((r) => r.opsFingerprint) ? opsFingerprint(await this.ops.current()) : null;
    const out: ServiceResourceObject[] = [];
    for (const r of rows) {
      out.push(await this.one(user, r, runs.filter((run) => run.resourceId === r.id).slice(0, 5), currentOps));
    }
    return out;
  }

  private async one(
    user: AuthUser,
    r: ServiceResourceEntity,
    runs: Awaited<ReturnType<ProvisioningService['runLog']>>,
    currentOps: string | null,
  ): Promise<ServiceResourceObject> {
    const partner = await this.partners.byId(r.partnerId);
    return {
      id: r.id,
      key: r.key,
      kind: r.kind,
      status: r.status,
      partner: { id: partner.id, name: partner.name, coop: partner.coop, simulated: partner.driver === 'sandbox' },
      placementReason: r.placementReason,
      outputs: Object.entries(r.outputs).map(([name, value]) => ({ name, value: String(value) })),
      suspended: r.suspended,
      simulated: partner.driver === 'sandbox',
      lastError: user.isStaff ? r.lastError : null,
      attempts: r.attempts,
      timeline: runs.map((run) => ({ ...run, id: String(run.id), message: user.isStaff ? run.message : null })),
      opsUsersOutdated: r.opsFingerprint && currentOps ? r.opsFingerprint !== currentOps : null,
      updatedAt: r.updatedAt,
    };
  }
}
