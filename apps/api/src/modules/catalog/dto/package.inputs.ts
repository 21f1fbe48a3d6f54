import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { Allow, ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import GraphQLJSON from 'graphql-type-json';
import { BillingCycleEnum } from './package.object';

@InputType()
export class PackagePriceInput {
  @Field(() => BillingCycleEnum) @IsIn(Object.values(BillingCycleEnum)) cycle: BillingCycleEnum;
  @Field(() => Int, { description: 'Integer minor units (cents)' }) @IsInt() @Min(0) @Max(100_000_000) amount: number;
  @Field() @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as CAD' }) currency: string;
  @Field(() => Int, { description: 'Estimated partner cost per cycle, minor units' }) @IsInt() @Min(0) @Max(100_000_000) partnerCost: number;
}

@InputType()
export class CreatePackageInput {
  @Field() @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be a lower-case slug' }) @MaxLength(63) slug: string;
  @Field() @IsString() @Length(1, 200) name: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(5000) description: string;
  @Field(() => GraphQLJSON) @Allow() spec: unknown;
  @Field(() => Int, { defaultValue: 7 }) @IsInt() @Min(0) @Max(365) graceDays: number;
  @Field(() => Int, { defaultValue: 30 }) @IsInt() @Min(0) @Max(3650) suspensionDays: number;
  @Field(() => [PackagePriceInput]) @ValidateNested({ each: true }) @Type(() => PackagePriceInput) @ArrayMaxSize(2) prices: PackagePriceInput[];
}

@InputType()
export class UpdatePackageInput {
  @Field() @IsString() slug: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => GraphQLJSON, { nullable: true }) @Allow() spec?: unknown;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(365) graceDays?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(3650) suspensionDays?: number;
  @Field(() => [PackagePriceInput], { nullable: true, description: 'Changed prices become new prices; existing subscriptions keep theirs' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => PackagePriceInput)
  @ArrayMaxSize(2)
  prices?: PackagePriceInput[];
}

@InputType()
export class RetirePackageInput {
  @Field() @IsString() slug: string;
}
