import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DnsRecord', { description: 'A record the client sets at their DNS provider' })
export class DnsRecordObject {
  @Field() type: string;
  @Field() name: string;
  @Field() value: string;
  @Field(() => Int, { nullable: true }) priority?: number;
}
