import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ServiceStatusEnum {
  PROVISIONING = 'PROVISIONING',
  ACTIVE = 'ACTIVE',
  DEGRADED = 'DEGRADED',
  SUSPENDED = 'SUSPENDED',
  TERMINATING = 'TERMINATING',
  TERMINATED = 'TERMINATED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ServiceStatusEnum, { name: 'ServiceStatus' });

export enum SuspensionReasonEnum {
  OVERDUE = 'OVERDUE',
  MANUAL = 'MANUAL',
  ABUSE = 'ABUSE',
}
registerEnumType(SuspensionReasonEnum, { name: 'SuspensionReason' });

/** A purchased package living on. Billing fills the billing fields; provisioning adds `resources`. */
@ObjectType('Service')
export class ServiceObject {
  @Field(() => ID) id: string;
  @Field(() => ID) clientId: string;
  @Field() domain: string;
  @Field(() => ServiceStatusEnum) status: ServiceStatusEnum;
  @Field(() => SuspensionReasonEnum, { nullable: true }) suspensionReason: SuspensionReasonEnum | null;
  @Field() createdAt: Date;
  packageId: string;
}
