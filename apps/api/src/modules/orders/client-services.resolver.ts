import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../../common/auth/auth.guard';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { offsetConnection, offsetFromArgs, PageArgs } from '../../common/pagination/connection';
import { CatalogService } from '../catalog/catalog.service';
import { PackageObject } from '../catalog/dto/package.object';
import { ServiceObject } from '../services/dto/service.object';
import { ServiceConnection, type ServiceWithBilling } from './dto/service-billing.object';
import { ClientServicesService } from './client-services.service';
import { CancelServiceInput, ChangeServicePackageInput, ServicesFilter } from './dto/service.inputs';
import { ServiceChangesService } from './service-changes.service';

@Resolver(() => ServiceObject)
@UseGuards(AuthGuard)
export class ClientServicesResolver {
  constructor(
    private readonly clientServices: ClientServicesService,
    private readonly changes: ServiceChangesService,
    private readonly catalog: CatalogService,
  ) {}

  @Query(() => [ServiceObject], { description: "A client's services" })
  myServices(@CurrentUser() user: AuthUser, @Args('clientId', { type: () => ID }) clientId: string) {
    return this.clientServices.mine(user, clientId);
  }

  @Query(() => ServiceObject)
  service(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.clientServices.byId(user, id);
  }

  @Query(() => ServiceConnection, { description: 'Staff: every service' })
  @Roles('OPS')
  async services(@Args() page: PageArgs, @Args('filter', { nullable: true }) filter?: ServicesFilter) {
    const offset = offsetFromArgs(page);
    const { rows, total } = await this.clientServices.search(filter ?? {}, page.first, offset);
    return offsetConnection(rows, total, offset);
  }

  @Mutation(() => ServiceObject)
  cancelService(@CurrentUser() user: AuthUser, @Args('input') input: CancelServiceInput) {
    return this.changes.cancel(user, input);
  }

  @Mutation(() => ServiceObject, { description: 'Prorated through Stripe, or a prorated manual invoice' })
  changeServicePackage(@CurrentUser() user: AuthUser, @Args('input') input: ChangeServicePackageInput) {
    return this.changes.changePackage(user, input);
  }

  @ResolveField(() => PackageObject)
  package(@Parent() service: ServiceObject) {
    return this.catalog.byId(service.packageId);
  }

  @ResolveField(() => String, { nullable: true, description: 'MONTHLY or YEARLY' })
  async cycle(@Parent() service: ServiceWithBilling) {
    return service.cycle !== undefined ? service.cycle : (await this.clientServices.billingTerms(service.id)).cycle;
  }

  @ResolveField(() => Date, { nullable: true, description: 'End of the paid period' })
  async currentPeriodEnd(@Parent() service: ServiceWithBilling) {
    return service.currentPeriodEnd !== undefined ? service.currentPeriodEnd : (await this.clientServices.billingTerms(service.id)).currentPeriodEnd;
  }

  @ResolveField(() => Boolean, { description: 'Cancelled: runs until the end of the paid period' })
  async cancelAtPeriodEnd(@Parent() service: ServiceWithBilling) {
    return service.cancelAtPeriodEnd !== undefined ? service.cancelAtPeriodEnd : (await this.clientServices.billingTerms(service.id)).cancelAtPeriodEnd;
  }
}
