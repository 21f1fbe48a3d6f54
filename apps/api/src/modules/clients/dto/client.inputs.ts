import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

const ID_MESSAGE = { message: 'must be an id' };

@InputType()
export class CreateClientInput {
  @Field() @IsString() @IsNotEmpty({ message: 'must not be empty' }) @MaxLength(200) name: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail({}, { message: 'must be a valid email address' }) @MaxLength(254) billingEmail?: string;
}

@InputType()
export class InviteMemberInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) clientId: string;
  @Field() @IsEmail({}, { message: 'must be a valid email address' }) @MaxLength(254) email: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field() @IsString() @MaxLength(200) token: string;
}

@InputType()
export class RemoveMemberInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) clientId: string;
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) userId: string;
}

@InputType()
export class LeaveClientInput {
  @Field(() => ID) @IsUUID('all', ID_MESSAGE) clientId: string;
}

@InputType()
export class ClientsFilter {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) search?: string;
}
