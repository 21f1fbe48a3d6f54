import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum StaffRoleEnum {
  OPS = 'OPS',
  ADMIN = 'ADMIN',
}
registerEnumType(StaffRoleEnum, { name: 'StaffRole' });

@ObjectType('SshKey')
export class SshKeyObject {
  @Field(() => ID) id: string;
  @Field() type: string;
  @Field() fingerprint: string;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field(() => Number, { nullable: true }) bits: number | null;
  @Field() publicKey: string;
  @Field() createdAt: Date;
}

@ObjectType('User')
export class UserObject {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() name: string;
  @Field(() => StaffRoleEnum, { nullable: true }) staffRole: StaffRoleEnum | null;
  @Field() createdAt: Date;
}
