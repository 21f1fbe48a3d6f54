import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('ssh_keys')
export class SshKeyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'user_id' }) userId: string;
  @Column() type: string;
  @Column({ name: 'public_key' }) publicKey: string;
  @Column() fingerprint: string;
  @Column({ type: 'text', nullable: true }) comment: string | null;
  @Column({ type: 'int', nullable: true }) bits: number | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
