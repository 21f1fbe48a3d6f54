import type { EconomicsGroup, EconomicsReport } from '@coop/billing';
import type { EconomicsGroupObject, EconomicsObject } from './dto/economics.object';

const group = (g: EconomicsGroup): EconomicsGroupObject => ({
  key: g.key,
  services: g.services,
  monthlyRevenue: g.monthlyRevenue.amountMinor,
  partnerCostMonthly: g.partnerCostMonthly.amountMinor,
  marginMonthly: g.marginMonthly.amountMinor,
  breakEvenRevenue: g.breakEvenRevenue.amountMinor,
  coversOverhead: g.coversOverhead,
  arithmetic: g.arithmetic,
});

export function presentEconomics(r: EconomicsReport): EconomicsObject {
  return { overheadBasisPoints: r.overheadBasisPoints, currency: r.currency, total: group(r.total), byPackage: r.byPackage.map(group), byPartner: r.byPartner.map(group) };
}
