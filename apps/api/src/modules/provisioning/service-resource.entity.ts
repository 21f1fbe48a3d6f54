import type { ResourceHandle, ResourceKind, ResourceStatus } from '@coop/provisioning';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One remote thing a service is built from, with the step state that lets a killed worker resume. */
@Entity('service_resources')
export class ServiceResourceEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'service_id', type: 'uuid' }) serviceId: string;
  @Column() key: string;
  @Column({ type: 'text' }) kind: ResourceKind;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId: string;
  @Column({ name: 'placement_reason' }) placementReason: string;
  @Column({ type: 'text' }) status: ResourceStatus;
  @Column({ type: 'text', nullable: true }) step: string | null;
  @Column({ type: 'jsonb', nullable: true }) handle: ResourceHandle | null;
  @Column({ type: 'jsonb' }) outputs: Record<string, string | number | boolean>;
  @Column({ type: 'jsonb', nullable: true }) applied: Record<string, unknown> | null;
  @Column() suspended: boolean;
  @Column() planned: boolean;
  @Column({ type: 'int' }) attempts: number;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
  @Column({ name: 'ops_fingerprint', type: 'text', nullable: true }) opsFingerprint: string | null;
  @Column({ name: 'secrets_encrypted', type: 'text', nullable: true }) secretsEncrypted: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
