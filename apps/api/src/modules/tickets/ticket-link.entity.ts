import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type TicketLinkKind = 'RELATES_TO' | 'FOLLOW_UP_OF' | 'DUPLICATE_OF';

@Entity('ticket_links')
export class TicketLinkEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'from_ticket_id', type: 'uuid' }) fromTicketId: string;
  @Column({ name: 'to_ticket_id', type: 'uuid' }) toTicketId: string;
  @Column({ type: 'text' }) kind: TicketLinkKind;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true }) createdById: string | null;
}
