import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEmail, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class SignUpInput {
  @Field() @IsEmail({}, { message: 'must be a valid email address' }) @MaxLength(254) email: string;
  /** Length is checked by the service (12..256) before any hashing. */
  @Field() @IsString() password: string;
  @Field() @IsString() @IsNotEmpty({ message: 'must not be empty' }) @MaxLength(200) name: string;
}

@InputType()
export class LogInInput {
  @Field() @IsString() @MaxLength(254) email: string;
  @Field() @IsString() password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() currentPassword: string;
  @Field() @IsString() newPassword: string;
}

@InputType()
export class CreateApiTokenInput {
  @Field() @IsString() @IsNotEmpty({ message: 'must not be empty' }) @MaxLength(100) name: string;
  @Field(() => Int, { nullable: true, description: 'Days until the token expires; none for no expiry' })
  @IsOptional() @IsInt({ message: 'must be a whole number' })
  expiresInDays?: number;
}

@InputType()
export class RevokeApiTokenInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an id' }) id: string;
}
