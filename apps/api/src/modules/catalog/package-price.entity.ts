import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type BillingCycleValue = 'MONTHLY' | 'YEARLY';

/** A package's price for one cycle. Immutable in practice: a price change retires the row and adds a new one. */
@Entity('package_prices')
export class PackagePriceEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'package_id', type: 'uuid' }) packageId: string;
  @Column({ type: 'text' }) cycle: BillingCycleValue;
  @Column({ name: 'amount_minor', type: 'int' }) amountMinor: number;
  @Column({ type: 'text' }) currency: string;
  /** What the partners cost us for one service of this package, per cycle (estimate). */
  @Column({ name: 'partner_cost_minor', type: 'int' }) partnerCostMinor: number;
  @Column({ name: 'lookup_key', type: 'text' }) lookupKey: string;
  @Column({ name: 'gateway_price_id', type: 'text', nullable: true }) gatewayPriceId: string | null;
  @Column() active: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
