import { Module } from '@nestjs/common';
import { PaymentsModule } from '../billing/payments.module';
import { CatalogModule } from '../catalog/catalog.module';
import { ClientServicesResolver } from './client-services.resolver';
import { ClientServicesService } from './client-services.service';
import { OrderFulfilmentService } from './order-fulfilment.service';
import { OrdersResolver } from './orders.resolver';
import { OrdersService } from './orders.service';
import { ServiceChangesService } from './service-changes.service';
import { ServiceTransitionsService } from './service-transitions.service';

/** Buying packages, the services they become, and what clients may change about them. */
@Module({
  imports: [PaymentsModule, CatalogModule],
  providers: [
    OrdersService,
    OrderFulfilmentService,
    ServiceTransitionsService,
    ClientServicesService,
    ServiceChangesService,
    OrdersResolver,
    ClientServicesResolver,
  ],
  exports: [OrderFulfilmentService, ServiceTransitionsService, ClientServicesService],
})
export class OrdersModule {}
