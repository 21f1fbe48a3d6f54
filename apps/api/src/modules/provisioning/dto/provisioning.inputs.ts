import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';

export enum ManualSuspensionReason {
  MANUAL = 'MANUAL',
  ABUSE = 'ABUSE',
}
registerEnumType(ManualSuspensionReason, { name: 'ManualSuspensionReason' });

@InputType()
export class SuspendServiceInput {
  @Field(() => ID) @IsUUID() serviceId: string;
  @Field(() => ManualSuspensionReason) @IsIn(['MANUAL', 'ABUSE']) reason: ManualSuspensionReason;
  @Field({ description: 'Why, for the audit log' }) @IsString() @Length(1, 500) note: string;
}

@InputType()
export class UnsuspendServiceInput {
  @Field(() => ID) @IsUUID() serviceId: string;
  @Field() @IsString() @Length(1, 500) note: string;
}
