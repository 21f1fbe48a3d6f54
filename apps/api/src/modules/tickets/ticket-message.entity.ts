import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Visibility } from './ticket-change';

/** A public reply or an internal note. */
@Entity('ticket_messages')
export class TicketMessageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'ticket_id', type: 'uuid' }) ticketId: string;
  @Column({ type: 'text' }) kind: Visibility;
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId: string | null;
  @Column({ type: 'text' }) body: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
