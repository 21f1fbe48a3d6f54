import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

@InputType()
export class MarkInvoicePaidInput {
  @Field(() => ID) @IsUUID() invoiceId: string;
  @Field({ description: 'Bank transfer / cheque / e-transfer reference' }) @IsString() @Length(1, 200) reference: string;
}

@InputType()
export class SetBillingHoldInput {
  @Field(() => ID) @IsUUID() clientId: string;
  @Field() @IsBoolean() hold: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) note?: string | null;
}
