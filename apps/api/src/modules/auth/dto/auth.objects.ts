import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserObject } from '../../users/dto/user.object';

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field(() => UserObject) user: UserObject;
  @Field({ description: 'The session token (also set as an httpOnly cookie); send as `Authorization: Bearer`' })
  token: string;
  @Field() expiresAt: Date;
}

@ObjectType('ApiToken')
export class ApiTokenObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'The first characters, to recognise the token' }) prefix: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) expiresAt: Date | null;
  @Field(() => Date, { nullable: true }) lastUsedAt: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
}

@ObjectType('CreatedApiToken')
export class CreatedApiToken {
  @Field(() => ApiTokenObject) apiToken: ApiTokenObject;
  @Field({ description: 'Shown once; only its hash is stored' }) token: string;
}
