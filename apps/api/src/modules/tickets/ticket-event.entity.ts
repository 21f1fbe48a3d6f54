import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Visibility } from './ticket-change';

/** Kinds beyond field changes: filing, merging, linking. */
export type TicketEventKind =
  | 'FILED'
  | 'STATUS'
  | 'PRIORITY'
  | 'WORKING_GROUP'
  | 'ASSIGNEE'
  | 'LABELS'
  | 'SERVICE'
  | 'MERGED_INTO'
  | 'MERGED_FROM'
  | 'LINKED'
  | 'UNLINKED';

/** One append-only line of a ticket's history. */
@Entity('ticket_events')
export class TicketEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'ticket_id', type: 'uuid' }) ticketId: string;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId: string | null;
  @Column({ type: 'text' }) kind: TicketEventKind;
  @Column({ type: 'text' }) visibility: Visibility;
  @Column({ name: 'from_value', type: 'text', nullable: true }) fromValue: string | null;
  @Column({ name: 'to_value', type: 'text', nullable: true }) toValue: string | null;
}
