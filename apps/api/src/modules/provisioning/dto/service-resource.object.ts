import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RESOURCE_STATUSES } from '@coop/provisioning';
import { PartnerSummaryObject, ResourceKindEnum } from '../../partners/dto/partner.object';

export const ResourceStatusEnum = Object.fromEntries(RESOURCE_STATUSES.map((s) => [s, s])) as Record<string, string>;
registerEnumType(ResourceStatusEnum, { name: 'ResourceStatus' });

@ObjectType('ResourceOutput')
export class ResourceOutputObject {
  @Field() name: string;
  @Field() value: string;
}

@ObjectType('ResourceRun', { description: 'One entry of the provisioning run log' })
export class ResourceRunObject {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) resourceId: string | null;
  @Field() at: Date;
  @Field() step: string;
  @Field() outcome: string;
  @Field(() => String, { nullable: true, description: 'Details; staff only' }) message: string | null;
}

@ObjectType('ServiceResource', { description: 'A droplet, mail domain, mailbox or backup repository of a service' })
export class ServiceResourceObject {
  @Field(() => ID) id: string;
  @Field() key: string;
  @Field(() => ResourceKindEnum) kind: string;
  @Field(() => ResourceStatusEnum) status: string;
  @Field(() => PartnerSummaryObject) partner: PartnerSummaryObject;
  @Field({ description: 'Why it was placed at this partner' }) placementReason: string;
  @Field(() => [ResourceOutputObject], { description: 'Address, IP, repository path; never secrets' }) outputs: ResourceOutputObject[];
  @Field() suspended: boolean;
  @Field({ description: 'Simulated by a sandbox partner; nothing real exists' }) simulated: boolean;
  @Field(() => String, { nullable: true, description: 'Last error; staff only' }) lastError: string | null;
  @Field(() => Int, { description: 'Attempts of the current step' }) attempts: number;
  @Field(() => [ResourceRunObject], { description: 'The last few steps, newest first' }) timeline: ResourceRunObject[];
  @Field(() => Boolean, { nullable: true, description: 'Droplets: built for other ops members or keys than today (re-run Ansible)' })
  opsUsersOutdated: boolean | null;
  @Field() updatedAt: Date;
}
