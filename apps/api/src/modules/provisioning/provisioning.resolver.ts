import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../../common/auth/auth.guard';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { ServiceObject } from '../services/dto/service.object';
import { DnsRecordObject } from './dto/dns-record.object';
import { SuspendServiceInput, UnsuspendServiceInput } from './dto/provisioning.inputs';
import { ResourceRunObject, ServiceResourceObject } from './dto/service-resource.object';
import { ProvisioningService } from './provisioning.service';
import { ReconcileService } from './reconcile.service';
import { ServiceResourcesPresenter } from './service-resources.presenter';

@Resolver(() => ServiceObject)
@UseGuards(AuthGuard)
export class ProvisioningResolver {
  constructor(
    private readonly provisioning: ProvisioningService,
    private readonly presenter: ServiceResourcesPresenter,
    private readonly reconcile: ReconcileService,
  ) {}

  @ResolveField(() => [ServiceResourceObject], { description: 'What the service is built from, with state and a short timeline' })
  resources(@CurrentUser() user: AuthUser, @Parent() service: ServiceObject) {
    return this.presenter.present(user, service.id);
  }

  @ResolveField(() => [DnsRecordObject], { description: 'DNS records to set for mail (empty until the mail domain exists)' })
  mailDnsRecords(@Parent() service: ServiceObject) {
    return this.provisioning.mailDns(service.id);
  }

  @Mutation(() => String, { description: "A new mailbox's password, shown once" })
  revealMailboxPassword(@CurrentUser() user: AuthUser, @Args('resourceId', { type: () => ID }) resourceId: string) {
    return this.provisioning.revealMailboxPassword(user, resourceId);
  }

  @Query(() => [DnsRecordObject], { description: 'DNS records to set for the mail of a service' })
  async serviceMailDnsRecords(@CurrentUser() user: AuthUser, @Args('serviceId', { type: () => ID }) serviceId: string) {
    await this.provisioning.visibleService(user, serviceId);
    return this.provisioning.mailDns(serviceId);
  }

  @Query(() => [ServiceResourceObject], { description: "A service's resources (members of its client, or staff)" })
  async serviceResources(@CurrentUser() user: AuthUser, @Args('serviceId', { type: () => ID }) serviceId: string) {
    await this.provisioning.visibleService(user, serviceId);
    return this.presenter.present(user, serviceId);
  }

  @Query(() => [ResourceRunObject], { description: 'Ops: the full provisioning run log of a service, newest first' })
  @Roles('OPS')
  async serviceRunLog(@Args('serviceId', { type: () => ID }) serviceId: string, @Args('first', { type: () => Int, defaultValue: 100 }) first: number) {
    await this.provisioning.service(serviceId);
    const rows = await this.provisioning.runLog(serviceId, Math.min(Math.max(first, 1), 1000));
    return rows.map((r) => ({ ...r, id: String(r.id) }));
  }

  @Mutation(() => ServiceObject, { description: 'Ops: start failed resources over' })
  @Roles('OPS')
  retryProvisioning(@CurrentUser() user: AuthUser, @Args('serviceId', { type: () => ID }) serviceId: string) {
    return this.provisioning.retry(user, serviceId);
  }

  @Mutation(() => ServiceObject, { description: 'Ops: power off and disable by hand; backups are kept' })
  @Roles('OPS')
  suspendService(@CurrentUser() user: AuthUser, @Args('input') input: SuspendServiceInput) {
    return this.provisioning.suspend(user, input.serviceId, input.reason, input.note);
  }

  @Mutation(() => ServiceObject)
  @Roles('OPS')
  unsuspendService(@CurrentUser() user: AuthUser, @Args('input') input: UnsuspendServiceInput) {
    return this.provisioning.unsuspend(user, input.serviceId, input.note);
  }

  @Query(() => String, { description: "Ops: Terraform JSON for the service's resources" })
  @Roles('OPS')
  serviceTerraform(@Args('serviceId', { type: () => ID }) serviceId: string) {
    return this.provisioning.terraform(serviceId);
  }

  @Query(() => String, { description: 'Ops: Ansible inventory (YAML) of every server with the ops users' })
  @Roles('OPS')
  ansibleInventory() {
    return this.provisioning.ansibleInventory();
  }

  @Mutation(() => Int, { description: 'Ops: run reconciliation now; returns how many resources drifted' })
  @Roles('OPS')
  async reconcileNow() {
    return (await this.reconcile.reconcileAll()).drift;
  }
}
