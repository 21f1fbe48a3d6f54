import { UseGuards } from '@nestjs/common';
import { Args, ArgsType, Field, GraphQLISODateTime, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import GraphQLJSON from 'graphql-type-json';
import { DataSource } from 'typeorm';
import { AuthGuard } from '../../common/auth/auth.guard';
import { Roles } from '../../common/auth/roles.decorator';
import { decodeCursor, encodeCursor, PageArgs, Paginated } from '../../common/pagination/connection';
import { EventEntity } from './event.entity';

@ObjectType('AuditEvent')
export class AuditEventObject {
  @Field(() => ID) id: string;
  @Field(() => GraphQLISODateTime) at: Date;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field() action: string;
  @Field() subjectType: string;
  @Field() subjectId: string;
  @Field(() => ID, { nullable: true }) clientId: string | null;
  @Field(() => GraphQLJSON) data: Record<string, unknown>;
}

@ObjectType()
export class AuditEventConnection extends Paginated(AuditEventObject, 'AuditEvent') {}

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(50) subjectType?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) subjectId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be an id' }) clientId?: string;
}

const isId = (v: unknown): v is string => typeof v === 'string' && /^\d+$/.test(v);

/** The audit trail, newest first, for staff. */
@Resolver()
@UseGuards(AuthGuard)
export class EventsResolver {
  constructor(private readonly db: DataSource) {}

  @Query(() => AuditEventConnection)
  @Roles('OPS')
  async auditEvents(@Args() args: AuditEventsArgs) {
    const qb = this.db.getRepository(EventEntity).createQueryBuilder('e').orderBy('e.id', 'DESC').take(args.first + 1);
    if (args.subjectType) qb.andWhere('e.subject_type = :t', { t: args.subjectType });
    if (args.subjectId) qb.andWhere('e.subject_id = :s', { s: args.subjectId });
    if (args.clientId) qb.andWhere('e.client_id = :c', { c: args.clientId });
    const countQb = qb.clone();
    if (args.after) qb.andWhere('e.id < :after', { after: decodeCursor(args.after, isId) });
    const [rows, totalCount] = await Promise.all([qb.getMany(), countQb.getCount()]);
    const page = rows.slice(0, args.first);
    const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
    return { edges, totalCount, pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
