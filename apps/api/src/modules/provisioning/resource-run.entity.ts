import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type RunOutcome = 'STARTED' | 'SUCCEEDED' | 'RETRYING' | 'FAILED' | 'DRIFT' | 'REPAIRED' | 'NOTE';

/** The provisioning run log: every step tried, what came of it, and drift found by reconciliation. */
@Entity('resource_runs')
export class ResourceRunEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'service_id', type: 'uuid' }) serviceId: string;
  @Column({ name: 'resource_id', type: 'uuid', nullable: true }) resourceId: string | null;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column() step: string;
  @Column({ type: 'text' }) outcome: RunOutcome;
  @Column() message: string;
}
