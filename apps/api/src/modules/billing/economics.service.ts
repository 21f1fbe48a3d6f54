import { Injectable } from '@nestjs/common';
import { type EconomicsLine, type EconomicsReport, economicsReport, money, monthlyShare } from '@coop/billing';
import { DataSource } from 'typeorm';

/** Admin economics: revenue, partner costs and margin from live services, with the break-even arithmetic. */
@Injectable()
export class EconomicsService {
  constructor(private readonly db: DataSource) {}

  async overheadBasisPoints(): Promise<number> {
    const [row] = await this.db.query('SELECT overhead_basis_points FROM billing_settings');
    return row.overhead_basis_points;
  }

  async setOverheadBasisPoints(value: number): Promise<void> {
    await this.db.query('UPDATE billing_settings SET overhead_basis_points = $1, updated_at = now()', [value]);
  }

  async report(currency = 'CAD'): Promise<EconomicsReport> {
    const rows = await this.db.query(
      `SELECT p.slug, sb.cycle, pp.amount_minor, pp.currency, pp.partner_cost_minor
         FROM service_billing sb JOIN services s ON s.id = sb.service_id JOIN packages p ON p.id = s.package_id
         JOIN package_prices pp ON pp.id = sb.price_id
        WHERE s.status IN ('PROVISIONING', 'ACTIVE', 'DEGRADED', 'SUSPENDED') AND pp.currency = $1`,
      [currency],
    );
    // Partner placement is provisioning's (resources); until it reports one, costs count as "unplaced".
    const lines: EconomicsLine[] = rows.map((r: Record<string, any>) => ({
      packageSlug: r.slug,
      partnerName: null,
      cycle: r.cycle,
      price: money(r.amount_minor, r.currency),
      partnerCostMonthly: monthlyShare(money(r.partner_cost_minor, r.currency), r.cycle),
      countsRevenue: true,
    }));
    return economicsReport(lines, await this.overheadBasisPoints(), currency);
  }
}
