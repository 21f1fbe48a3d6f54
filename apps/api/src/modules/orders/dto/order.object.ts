import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { InvoiceObject } from '../../billing/dto/invoice.object';
import { BillingCycleEnum } from '../../catalog/dto/package.object';

export enum OrderStatusEnum {
  PENDING_PAYMENT = 'PENDING_PAYMENT',
  PAID = 'PAID',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(OrderStatusEnum, { name: 'OrderStatus' });

@ObjectType('Order')
export class OrderObject {
  @Field(() => ID) id: string;
  @Field(() => ID) clientId: string;
  @Field(() => OrderStatusEnum) status: OrderStatusEnum;
  @Field(() => BillingCycleEnum) cycle: BillingCycleEnum;
  @Field() domain: string;
  @Field(() => ID, { nullable: true, description: 'The service this order became, once paid' }) serviceId: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) paidAt: Date | null;
  packageId: string;
}

@ObjectType('PurchaseResult')
export class PurchaseResultObject {
  @Field(() => OrderObject) order: OrderObject;
  @Field(() => String, { nullable: true, description: 'Stripe Checkout: where the client pays' }) checkoutUrl: string | null;
  @Field(() => InvoiceObject, { nullable: true, description: 'Manual gateway: the invoice to pay by transfer' }) invoice: InvoiceObject | null;
}
