import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '../../../common/pagination/connection';

export enum MemberRoleEnum {
  OWNER = 'OWNER',
  MEMBER = 'MEMBER',
}
registerEnumType(MemberRoleEnum, { name: 'MemberRole' });

@ObjectType('ClientMember')
export class ClientMemberObject {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() name: string;
  @Field(() => MemberRoleEnum) role: MemberRoleEnum;
  @Field() joinedAt: Date;
}

@ObjectType('Client')
export class ClientObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() slug: string;
  @Field(() => String, { nullable: true }) billingEmail: string | null;
  @Field() createdAt: Date;
}

@ObjectType()
export class ClientConnection extends Paginated(ClientObject, 'Client') {}

@ObjectType('Invitation')
export class InvitationObject {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() expiresAt: Date;
}

@ObjectType('CreatedInvitation')
export class CreatedInvitation {
  @Field(() => InvitationObject) invitation: InvitationObject;
  @Field({ description: 'Give this to the invitee; shown once (email delivery comes later)' }) token: string;
}
