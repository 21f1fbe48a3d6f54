import type { DriverName, ResourceKind } from '@coop/provisioning';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A hoster (ideally a fellow co-op) where resources are placed, reached through one driver. */
@Entity('partners')
export class PartnerEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() name: string;
  @Column({ type: 'text' }) driver: DriverName;
  @Column({ name: 'api_base_url' }) apiBaseUrl: string;
  @Column({ type: 'text', array: true }) regions: string[];
  @Column({ type: 'text', array: true }) offers: ResourceKind[];
  /** Cents per unit and month, by kind. */
  @Column({ type: 'jsonb' }) prices: Partial<Record<ResourceKind, number>>;
  /** Units still available by kind; missing means unlimited. */
  @Column({ type: 'jsonb' }) capacity: Partial<Record<ResourceKind, number | null>>;
  @Column() coop: boolean;
  @Column() active: boolean;
  /** Sealed with SecretsCipher; never leaves the server. */
  @Column({ name: 'credentials_encrypted', type: 'text', nullable: true }) credentialsEncrypted: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
