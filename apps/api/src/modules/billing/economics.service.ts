import { Injectable } from '@nestjs/common';
import { allocateMoney, type EconomicsLine, type EconomicsReport, economicsReport, money, monthlyShare } from '@coop/billing';
import { DataSource } from 'typeorm';

type Placement = { partner: string; resources: number }[];

/**
 * Admin economics: revenue, partner costs and margin from live services, with the break-even
 * arithmetic. A service's partner cost estimate is split across the partners hosting its resources
 * (by resource count) once provisioning has placed them, and its revenue to the partner hosting most
 * of it; until then it counts as "unplaced".
 */
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
    // Where each service's resources are placed (provisioning's table): partner cost is split by resource count.
    const placement = `(SELECT coalesce(json_agg(json_build_object('partner', pa.name, 'resources', c.n) ORDER BY c.n DESC, pa.name), '[]'::json)
            FROM (SELECT partner_id, count(*)::int AS n FROM service_resources r WHERE r.service_id = s.id AND r.status <> 'DELETED' GROUP BY partner_id) c
            JOIN partners pa ON pa.id = c.partner_id)`;
    const rows: { slug: string; cycle: 'MONTHLY' | 'YEARLY'; amount_minor: number; currency: string; partner_cost_minor: number; placement: Placement }[] =
      await this.db.query(
        `SELECT p.slug, sb.cycle, pp.amount_minor, pp.currency, pp.partner_cost_minor, ${placement} AS placement
           FROM service_billing sb JOIN services s ON s.id = sb.service_id JOIN packages p ON p.id = s.package_id
           JOIN package_prices pp ON pp.id = sb.price_id
          WHERE s.status IN ('PROVISIONING', 'ACTIVE', 'DEGRADED', 'SUSPENDED') AND pp.currency = $1`,
        [currency],
      );
    const lines: EconomicsLine[] = rows.flatMap((r): EconomicsLine[] => {
      const price = money(r.amount_minor, r.currency);
      const cost = monthlyShare(money(r.partner_cost_minor, r.currency), r.cycle);
      const base = { packageSlug: r.slug, cycle: r.cycle, price };
      if (!r.placement.length) return [{ ...base, partnerName: null, partnerCostMonthly: cost, countsRevenue: true }];
      const shares = allocateMoney(cost, r.placement.map((p) => p.resources));
      return r.placement.map((p, i) => ({ ...base, partnerName: p.partner, partnerCostMonthly: shares[i], countsRevenue: i === 0 }));
    });
    return economicsReport(lines, await this.overheadBasisPoints(), currency);
  }
}
