import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Length, Matches, Min, ValidateNested, ArrayMaxSize } from 'class-validator';
import { Type } from 'class-transformer';
import { RESOURCE_KINDS } from '@coop/provisioning';
import { PartnerDriverEnum, ResourceKindEnum } from './partner.object';

@InputType()
export class PartnerKindTermsInput {
  @Field(() => ResourceKindEnum) @IsIn([...RESOURCE_KINDS]) kind: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) priceCents?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) capacity?: number | null;
}

@InputType({ description: 'Write-only: stored encrypted, never returned' })
export class PartnerCredentialsInput {
  @Field({ nullable: true, description: 'Bearer token (DigitalOcean, BorgBase)' }) @IsOptional() @IsString() @Length(1, 500) token?: string;
  @Field({ nullable: true, description: 'X-API-Key (mailcow)' }) @IsOptional() @IsString() @Length(1, 500) apiKey?: string;
}

@InputType()
export class CreatePartnerInput {
  @Field() @IsString() @Length(1, 100) name: string;
  @Field(() => PartnerDriverEnum) @IsString() driver: string;
  @Field() @IsString() @IsUrl({ require_tld: false, require_protocol: true }) apiBaseUrl: string;
  @Field(() => [String]) @ArrayMaxSize(100) @IsString({ each: true }) @Matches(/^[a-z0-9-]{1,32}$/, { each: true }) regions: string[];
  @Field(() => [PartnerKindTermsInput]) @ValidateNested({ each: true }) @Type(() => PartnerKindTermsInput) offers: PartnerKindTermsInput[];
  @Field({ defaultValue: true }) @IsBoolean() coop: boolean;
  @Field(() => PartnerCredentialsInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => PartnerCredentialsInput) credentials?: PartnerCredentialsInput;
}

@InputType()
export class UpdatePartnerInput {
  @Field(() => ID) @IsString() id: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 100) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsUrl({ require_tld: false, require_protocol: true }) apiBaseUrl?: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsString({ each: true }) @Matches(/^[a-z0-9-]{1,32}$/, { each: true }) regions?: string[];
  @Field(() => [PartnerKindTermsInput], { nullable: true }) @IsOptional() @ValidateNested({ each: true }) @Type(() => PartnerKindTermsInput) offers?: PartnerKindTermsInput[];
  @Field({ nullable: true }) @IsOptional() @IsBoolean() coop?: boolean;
  @Field(() => PartnerCredentialsInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => PartnerCredentialsInput) credentials?: PartnerCredentialsInput;
}
