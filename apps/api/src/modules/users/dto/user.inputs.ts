import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { StaffRoleEnum } from './user.object';

@InputType()
export class AddSshKeyInput {
  @Field({ description: 'An OpenSSH public key line: ssh-ed25519, ecdsa-sha2-nistp256/384/521, or ssh-rsa of at least 3072 bits' })
  @IsString()
  @MaxLength(16_384)
  publicKey: string;
}

@InputType()
export class RemoveSshKeyInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an id' }) id: string;
}

@InputType()
export class SetStaffRoleInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an id' }) userId: string;
  @Field(() => StaffRoleEnum, { nullable: true, description: 'null revokes the staff role' })
  @IsOptional()
  @IsEnum(StaffRoleEnum)
  role: StaffRoleEnum | null;
}

@InputType()
export class UsersFilter {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) search?: string;
  @Field({ nullable: true, description: 'Only users with a staff role' }) @IsOptional() staffOnly?: boolean;
}
