import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ServiceStatusEnum } from '../../services/dto/service.object';

@InputType()
export class CancelServiceInput {
  @Field(() => ID) @IsUUID() serviceId: string;
  @Field({ defaultValue: true, description: 'Keep it until the paid period ends (default), or stop now' }) @IsBoolean() atPeriodEnd: boolean;
}

@InputType()
export class ChangeServicePackageInput {
  @Field(() => ID) @IsUUID() serviceId: string;
  @Field() @IsString() @MaxLength(63) packageSlug: string;
}

@InputType()
export class ServicesFilter {
  @Field(() => ServiceStatusEnum, { nullable: true }) @IsOptional() @IsIn(Object.values(ServiceStatusEnum)) status?: ServiceStatusEnum;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() clientId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(253) domain?: string;
}
