import { Inject, UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../../common/auth/auth.guard';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { presentInvoice } from '../billing/invoice.presenter';
import { CatalogService } from '../catalog/catalog.service';
import { PackageObject } from '../catalog/dto/package.object';
import { PurchasePackageInput } from './dto/order.inputs';
import { OrderObject, PurchaseResultObject } from './dto/order.object';
import type { OrderRow } from './order-rows';
import { OrdersService } from './orders.service';

const present = (o: OrderRow): OrderObject => ({
  id: o.id,
  clientId: o.clientId,
  status: o.status as OrderObject['status'],
  cycle: o.cycle as OrderObject['cycle'],
  domain: o.domain,
  serviceId: o.serviceId,
  createdAt: o.createdAt,
  paidAt: o.paidAt,
  packageId: o.packageId,
});

@Resolver(() => OrderObject)
@UseGuards(AuthGuard)
export class OrdersResolver {
  constructor(
    private readonly ordersService: OrdersService,
    private readonly catalog: CatalogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => PurchaseResultObject, { description: 'Buy a package: the same request twice returns the same pending order' })
  async purchasePackage(@CurrentUser() user: AuthUser, @Args('input') input: PurchasePackageInput): Promise<PurchaseResultObject> {
    const { order, checkoutUrl, invoice } = await this.ordersService.purchase(user, input);
    return { order: present(order), checkoutUrl, invoice: invoice ? presentInvoice(invoice, this.config.publicUrl) : null };
  }

  @Query(() => [OrderObject])
  async orders(@CurrentUser() user: AuthUser, @Args('clientId', { type: () => ID }) clientId: string) {
    return (await this.ordersService.forClient(user, clientId)).map(present);
  }

  @ResolveField(() => PackageObject)
  package(@Parent() order: OrderObject) {
    return this.catalog.byId(order.packageId);
  }
}
