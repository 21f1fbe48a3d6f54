import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DRIVER_NAMES, RESOURCE_KINDS } from '@coop/provisioning';

export const PartnerDriverEnum = Object.fromEntries(DRIVER_NAMES.map((d) => [d.toUpperCase(), d])) as Record<string, string>;
registerEnumType(PartnerDriverEnum, { name: 'PartnerDriver' });

export const ResourceKindEnum = Object.fromEntries(RESOURCE_KINDS.map((k) => [k, k])) as Record<string, string>;
registerEnumType(ResourceKindEnum, { name: 'ResourceKind' });

@ObjectType('PartnerKindTerms')
export class PartnerKindTermsObject {
  @Field(() => ResourceKindEnum) kind: string;
  @Field(() => Int, { nullable: true, description: 'Cents per unit and month' }) priceCents: number | null;
  @Field(() => Int, { nullable: true, description: 'Total units; null means no limit' }) capacity: number | null;
}

@ObjectType('Partner')
export class PartnerObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => PartnerDriverEnum) driver: string;
  @Field() apiBaseUrl: string;
  @Field(() => [String]) regions: string[];
  @Field(() => [PartnerKindTermsObject], { description: 'What the partner offers, with price and capacity' }) offers: PartnerKindTermsObject[];
  @Field() coop: boolean;
  @Field() active: boolean;
  @Field({ description: 'Credentials are write-only; this only says whether some are stored' }) hasCredentials: boolean;
  @Field({ description: 'A sandbox partner simulates everything; nothing real is created' }) simulated: boolean;
  @Field() createdAt: Date;
}

@ObjectType('PartnerConnectionTest')
export class PartnerConnectionTestObject {
  @Field() ok: boolean;
  @Field() message: string;
}

/** What clients may see of a partner. */
@ObjectType('PartnerSummary')
export class PartnerSummaryObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() coop: boolean;
  @Field() simulated: boolean;
}
