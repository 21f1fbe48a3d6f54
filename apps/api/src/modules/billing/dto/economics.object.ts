import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

@ObjectType('EconomicsGroup')
export class EconomicsGroupObject {
  @Field() key: string;
  @Field(() => Int) services: number;
  @Field(() => Int, { description: 'Minor units per month' }) monthlyRevenue: number;
  @Field(() => Int) partnerCostMonthly: number;
  @Field(() => Int) marginMonthly: number;
  @Field(() => Int, { description: 'Revenue needed per month to carry the partner costs after overhead' }) breakEvenRevenue: number;
  @Field() coversOverhead: boolean;
  @Field({ description: 'The arithmetic, written out' }) arithmetic: string;
}

@ObjectType('Economics')
export class EconomicsObject {
  @Field(() => Int, { description: 'Share of revenue that goes to overhead, in basis points (8700 = 87%)' }) overheadBasisPoints: number;
  @Field() currency: string;
  @Field(() => EconomicsGroupObject) total: EconomicsGroupObject;
  @Field(() => [EconomicsGroupObject]) byPackage: EconomicsGroupObject[];
  @Field(() => [EconomicsGroupObject]) byPartner: EconomicsGroupObject[];
}

@InputType()
export class UpdateBillingSettingsInput {
  @Field(() => Int) @IsInt() @Min(0) @Max(9999) overheadBasisPoints: number;
}
