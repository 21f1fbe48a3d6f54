import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';

export enum BillingCycleEnum {
  MONTHLY = 'MONTHLY',
  YEARLY = 'YEARLY',
}
registerEnumType(BillingCycleEnum, { name: 'BillingCycle' });

@ObjectType('PackagePrice')
export class PackagePriceObject {
  @Field(() => ID) id: string;
  @Field(() => BillingCycleEnum) cycle: BillingCycleEnum;
  @Field(() => Int, { description: 'Integer minor units (cents)' }) amount: number;
  @Field({ description: 'ISO 4217 code, e.g. CAD' }) currency: string;
  @Field({ description: 'For people, e.g. "$25.00"' }) formattedAmount: string;
  @Field(() => Int, { nullable: true, description: 'Estimated partner cost per cycle, minor units; only in the admin catalog (allPackages and its mutations), null elsewhere' })
  partnerCost: number | null;
}

@ObjectType('Package')
export class PackageObject {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field() name: string;
  @Field() description: string;
  @Field(() => GraphQLJSON, { description: 'What it provisions: a PackageSpec (website, mail, backup)' }) spec: Record<string, unknown>;
  @Field() active: boolean;
  @Field(() => Int) graceDays: number;
  @Field(() => Int) suspensionDays: number;
  @Field(() => [PackagePriceObject], { description: 'Current prices, one per cycle' }) prices: PackagePriceObject[];
}
