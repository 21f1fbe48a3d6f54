import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum InvoiceStatusEnum {
  OPEN = 'OPEN',
  PAID = 'PAID',
  VOID = 'VOID',
  UNCOLLECTIBLE = 'UNCOLLECTIBLE',
}
registerEnumType(InvoiceStatusEnum, { name: 'InvoiceStatus' });

@ObjectType('InvoiceLine')
export class InvoiceLineObject {
  @Field() description: string;
  @Field(() => Int, { description: 'Integer minor units; negative for credits' }) amount: number;
  @Field() currency: string;
  @Field(() => Date, { nullable: true }) periodStart: Date | null;
  @Field(() => Date, { nullable: true }) periodEnd: Date | null;
}

@ObjectType('Invoice')
export class InvoiceObject {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'INV-2026-0001 for manual invoices; Stripe numbers its own' }) number: string | null;
  @Field(() => InvoiceStatusEnum) status: InvoiceStatusEnum;
  @Field(() => Int, { description: 'Integer minor units (cents)' }) amount: number;
  @Field() currency: string;
  @Field() formattedAmount: string;
  @Field({ description: 'MANUAL (pay by transfer) or STRIPE' }) gateway: string;
  @Field(() => Date, { nullable: true }) dueAt: Date | null;
  @Field(() => Date, { nullable: true }) paidAt: Date | null;
  @Field(() => Date, { nullable: true }) periodStart: Date | null;
  @Field(() => Date, { nullable: true }) periodEnd: Date | null;
  @Field(() => String, { nullable: true, description: 'Where to pay or see it' }) payUrl: string | null;
  @Field(() => String, { nullable: true, description: 'The payment reference staff recorded (manual) or the provider invoice id' })
  paymentReference: string | null;
  @Field() createdAt: Date;
}

@ObjectType('BillingNotice')
export class BillingNoticeObject {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) serviceId: string | null;
  @Field() kind: string;
  @Field() message: string;
  @Field() createdAt: Date;
}
