import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A hosting package in the catalog; billing adds prices and terms in its own tables. */
@Entity('packages')
export class PackageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() slug: string;
  @Column() name: string;
  @Column() description: string;
  /** A PackageSpec from @coop/provisioning. */
  @Column({ type: 'jsonb' }) spec: Record<string, unknown>;
  @Column() active: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
