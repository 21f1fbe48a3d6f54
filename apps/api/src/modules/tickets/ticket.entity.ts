import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TicketStatus } from './ticket-lifecycle';
import type { TicketPriority } from './ticket-sla';

/** bigint columns hold millisecond counts far below 2^53. */
export const bigintAsNumber = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};

@Entity('tickets')
export class TicketEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'int' }) number: number;
  @Column({ name: 'client_id', type: 'uuid' }) clientId: string;
  @Column({ name: 'requester_id', type: 'uuid', nullable: true }) requesterId: string | null;
  @Column({ type: 'text' }) subject: string;
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'text' }) status: TicketStatus;
  @Column({ type: 'text', nullable: true }) priority: TicketPriority | null;
  @Column({ name: 'working_group_id', type: 'uuid', nullable: true }) workingGroupId: string | null;
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true }) assigneeId: string | null;
  @Column({ name: 'service_id', type: 'uuid', nullable: true }) serviceId: string | null;
  @Column({ type: 'text', array: true }) labels: string[];
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true }) mergedIntoId: string | null;
  @Column({ type: 'int' }) version: number;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column({ name: 'last_public_activity_at', type: 'timestamptz' }) lastPublicActivityAt: Date;
  @Column({ name: 'last_activity_at', type: 'timestamptz' }) lastActivityAt: Date;
  @Column({ name: 'sla_paused_ms', type: 'bigint', transformer: bigintAsNumber }) slaPausedMs: number;
  @Column({ name: 'sla_paused_since', type: 'timestamptz', nullable: true }) slaPausedSince: Date | null;
  @Column({ name: 'first_response_at', type: 'timestamptz', nullable: true }) firstResponseAt: Date | null;
  @Column({ name: 'first_response_paused_ms', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  firstResponsePausedMs: number | null;
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true }) resolvedAt: Date | null;
  @Column({ name: 'resolution_paused_ms', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  resolutionPausedMs: number | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ name: 'first_response_due_at', type: 'timestamptz', nullable: true }) firstResponseDueAt: Date | null;
  @Column({ name: 'resolution_due_at', type: 'timestamptz', nullable: true }) resolutionDueAt: Date | null;
}
