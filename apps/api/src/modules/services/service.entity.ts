import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export type ServiceStatus = 'PROVISIONING' | 'ACTIVE' | 'DEGRADED' | 'SUSPENDED' | 'TERMINATING' | 'TERMINATED' | 'CANCELLED';
export type SuspensionReason = 'OVERDUE' | 'MANUAL' | 'ABUSE';

/** A purchased package living on. Status is derived from its resources and billing, never set ahead of the work. */
@Entity('services')
export class ServiceEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'client_id', type: 'uuid' }) clientId: string;
  @Column({ name: 'package_id', type: 'uuid' }) packageId: string;
  @Column() domain: string;
  @Column({ type: 'text' }) status: ServiceStatus;
  @Column({ name: 'suspension_reason', type: 'text', nullable: true }) suspensionReason: SuspensionReason | null;
  /** The PackageSpec (domain filled in) the resources should match. */
  @Column({ type: 'jsonb' }) spec: Record<string, unknown>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
