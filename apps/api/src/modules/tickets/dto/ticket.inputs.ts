import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../common/pagination/connection';
import { TICKET_STATUSES, type TicketStatus } from '../ticket-lifecycle';
import { TICKET_QUEUE_VIEWS, type TicketQueueView } from '../ticket-queue-views';
import { TICKET_PRIORITIES, type TicketPriority } from '../ticket-sla';
import { TicketLinkKindEnum, TicketOrderEnum, TicketPriorityEnum, TicketQueueViewEnum, TicketStatusEnum, type TicketOrder } from './ticket-enums';

const BODY_MAX = 20_000;

@InputType()
export class FileTicketInput {
  @Field(() => ID) @IsUUID() clientId: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) subject: string;
  @Field({ description: 'Markdown, at most 20,000 characters' }) @IsString() @MinLength(1) @MaxLength(BODY_MAX) body: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() serviceId?: string | null;
}

@InputType()
export class ReplyToTicketInput {
  @Field(() => ID) @IsUUID() ticketId: string;
  @Field() @IsString() @MinLength(1) @MaxLength(BODY_MAX) body: string;
  @Field({ defaultValue: false, description: 'Publish a reply that looks like an internal note (mentions staff or says "internal")' })
  @IsBoolean()
  confirmPublic: boolean = false;
}

@InputType()
export class AddInternalNoteInput {
  @Field(() => ID) @IsUUID() ticketId: string;
  @Field() @IsString() @MinLength(1) @MaxLength(BODY_MAX) body: string;
}

@InputType()
export class TicketVersionInput {
  @Field(() => ID) @IsUUID() ticketId: string;
  @Field(() => Int, { description: 'The version you saw' }) @IsInt() @Min(1) version: number;
}

@InputType()
export class UpdateTicketInput extends TicketVersionInput {
  @Field(() => TicketStatusEnum, { nullable: true }) @IsOptional() @IsIn(TICKET_STATUSES) status?: TicketStatus;
  @Field(() => TicketPriorityEnum, { nullable: true, description: 'null clears it (back to untriaged)' })
  @IsOptional()
  @IsIn(TICKET_PRIORITIES)
  priority?: TicketPriority | null;
  @Field(() => String, { nullable: true, description: 'Working group slug; null clears it' })
  @IsOptional()
  @IsString()
  workingGroup?: string | null;
  @Field(() => ID, { nullable: true, description: 'A staff member; null unassigns' }) @IsOptional() @IsUUID() assigneeId?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) labels?: string[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() serviceId?: string | null;
}

@InputType()
export class BulkUpdateTicketsInput {
  @Field(() => [ID]) @IsArray() @ArrayMaxSize(500) @IsString({ each: true }) ticketIds: string[];
  @Field(() => [Int], { nullable: true, description: 'The versions you saw, one per id in the same order' })
  @IsOptional()
  @IsArray()
  @IsInt({ each: true })
  versions?: number[] | null;
  @Field(() => TicketStatusEnum, { nullable: true }) @IsOptional() @IsIn(TICKET_STATUSES) status?: TicketStatus;
  @Field(() => TicketPriorityEnum, { nullable: true }) @IsOptional() @IsIn(TICKET_PRIORITIES) priority?: TicketPriority | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() workingGroup?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() assigneeId?: string | null;
  @Field(() => [String], { nullable: true, description: 'Replace the labels' }) @IsOptional() @IsArray() @IsString({ each: true }) labels?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @IsString({ each: true }) addLabels?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @IsString({ each: true }) removeLabels?: string[];
}

@InputType()
export class MergeTicketsInput {
  @Field(() => ID, { description: 'Closes as merged' }) @IsUUID() sourceId: string;
  @Field(() => Int) @IsInt() sourceVersion: number;
  @Field(() => ID, { description: 'Receives the messages and watchers' }) @IsUUID() targetId: string;
  @Field(() => Int) @IsInt() targetVersion: number;
}

@InputType()
export class LinkTicketsInput {
  @Field(() => ID) @IsUUID() fromTicketId: string;
  @Field(() => ID) @IsUUID() toTicketId: string;
  @Field(() => TicketLinkKindEnum) @IsIn(['RELATES_TO', 'FOLLOW_UP_OF', 'DUPLICATE_OF']) kind: 'RELATES_TO' | 'FOLLOW_UP_OF' | 'DUPLICATE_OF';
}

@InputType()
export class WatchTicketInput {
  @Field(() => ID) @IsUUID() ticketId: string;
  @Field({ defaultValue: true }) @IsBoolean() watching: boolean = true;
}

@InputType()
export class ClaimNextTicketInput {
  @Field(() => String, { nullable: true, description: 'Working group slug; any group when absent' })
  @IsOptional()
  @IsString()
  workingGroup?: string | null;
}

@InputType()
export class SetTriageRotaInput {
  @Field({ description: 'The Monday the week starts, YYYY-MM-DD' }) @IsString() weekStart: string;
  @Field(() => ID) @IsUUID() userId: string;
}

@InputType()
export class MyTicketsFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() clientId?: string | null;
  @Field(() => [TicketStatusEnum], { nullable: true }) @IsOptional() @IsArray() @IsIn(TICKET_STATUSES, { each: true }) status?: TicketStatus[] | null;
}

@InputType()
export class TicketQueueFilterInput {
  @Field(() => String, { nullable: true, description: 'Working group slug' }) @IsOptional() @IsString() workingGroup?: string | null;
  @Field(() => [TicketPriorityEnum], { nullable: true }) @IsOptional() @IsArray() @IsIn(TICKET_PRIORITIES, { each: true }) priority?: TicketPriority[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() label?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() assigneeId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() clientId?: string | null;
  @Field(() => [TicketStatusEnum], { nullable: true }) @IsOptional() @IsArray() @IsIn(TICKET_STATUSES, { each: true }) status?: TicketStatus[] | null;
  @Field(() => String, { nullable: true, description: 'Full-text: subject, replies and notes' }) @IsOptional() @IsString() @MaxLength(200) text?: string | null;
}

@ArgsType()
export class TicketQueueArgs extends PageArgs {
  @Field(() => TicketQueueViewEnum) @IsIn(TICKET_QUEUE_VIEWS) view: TicketQueueView;
  @Field(() => TicketQueueFilterInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => TicketQueueFilterInput) filter?: TicketQueueFilterInput | null;
  @Field(() => TicketOrderEnum, { nullable: true, description: 'Default: SLA_DUE (DONE: LAST_ACTIVITY)' })
  @IsOptional()
  @IsIn(Object.keys(TicketOrderEnum))
  orderBy?: TicketOrder | null;
}

@ArgsType()
export class MyTicketsArgs extends PageArgs {
  @Field(() => MyTicketsFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => MyTicketsFilter) filter?: MyTicketsFilter | null;
}

@ArgsType()
export class SearchTicketsArgs extends PageArgs {
  @Field() @IsString() @MinLength(1) @MaxLength(200) query: string;
}
