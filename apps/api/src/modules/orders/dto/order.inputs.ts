import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsString, IsUUID, MaxLength } from 'class-validator';
import { BillingCycleEnum } from '../../catalog/dto/package.object';

@InputType()
export class PurchasePackageInput {
  @Field(() => ID) @IsUUID() clientId: string;
  @Field() @IsString() @MaxLength(63) packageSlug: string;
  @Field(() => BillingCycleEnum) @IsIn(Object.values(BillingCycleEnum)) cycle: BillingCycleEnum;
  @Field({ description: 'The fully qualified domain name the service is for, e.g. example.org' }) @IsString() @MaxLength(253) domain: string;
}
