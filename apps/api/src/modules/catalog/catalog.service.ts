import { Injectable } from '@nestjs/common';
import { type CatalogPrice, formatMoney, lookupKeyFor, money } from '@coop/billing';
import { PackageSpecError, parsePackageSpec } from '@coop/provisioning';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { badInput, conflict, notFound } from '../../common/errors/domain.exception';
import { rowsOf } from '../../database/sql-rows';
import { EventLogService } from '../events/event-log.service';
import { JobsService } from '../jobs/jobs.service';
import type { BillingCycleValue } from './package-price.entity';
import type { CreatePackageInput, PackagePriceInput, UpdatePackageInput } from './dto/package.inputs';
import type { PackageObject, PackagePriceObject } from './dto/package.object';

type PackageRow = {
  id: string;
  slug: string;
  name: string;
  description: string;
  spec: Record<string, unknown>;
  active: boolean;
  grace_days: number;
  suspension_days: number;
};

/** Enqueued with every catalog change; billing's PriceSyncService makes the payment provider match. */
export const SYNC_PRICES_JOB = 'billing.sync-prices';

export type CurrentPrice = {
  id: string;
  packageId: string;
  cycle: BillingCycleValue;
  amountMinor: number;
  currency: string;
  partnerCostMinor: number;
  lookupKey: string;
};

/** The catalog: packages, their current prices per cycle, and billing terms. */
@Injectable()
export class CatalogService {
  constructor(
    private readonly db: DataSource,
    private readonly events: EventLogService,
    private readonly jobs: JobsService,
  ) {}

  /** The packages on sale; `admin`: every package, retired included, with partner costs. */
  async list(admin = false): Promise<PackageObject[]> {
    const rows: PackageRow[] = await this.db.query(`SELECT * FROM packages ${admin ? '' : 'WHERE active'} ORDER BY name`);
    return this.withPrices(rows, undefined, admin);
  }

  async bySlug(slug: string, manager?: EntityManager): Promise<PackageObject> {
    const rows: PackageRow[] = await (manager ?? this.db.manager).query('SELECT * FROM packages WHERE slug = $1', [slug]);
    if (!rows.length) throw notFound('Package');
    return (await this.withPrices(rows, manager))[0];
  }

  async byId(id: string, manager?: EntityManager, admin = false): Promise<PackageObject> {
    const rows: PackageRow[] = await (manager ?? this.db.manager).query('SELECT * FROM packages WHERE id = $1', [id]);
    if (!rows.length) throw notFound('Package');
    return (await this.withPrices(rows, manager, admin))[0];
  }

  async currentPrice(packageId: string, cycle: BillingCycleValue, manager?: EntityManager): Promise<CurrentPrice | null> {
    const rows = await (manager ?? this.db.manager).query(
      'SELECT * FROM package_prices WHERE package_id = $1 AND cycle = $2 AND active',
      [packageId, cycle],
    );
    return rows[0] ? toPrice(rows[0]) : null;
  }

  async priceById(id: string, manager?: EntityManager): Promise<CurrentPrice> {
    const rows = await (manager ?? this.db.manager).query('SELECT * FROM package_prices WHERE id = $1', [id]);
    if (!rows[0]) throw notFound('Price');
    return toPrice(rows[0]);
  }

  /** Current prices of active packages, as the payment gateway syncs them. */
  async catalogPrices(): Promise<CatalogPrice[]> {
    const rows = await this.db.query(
      `SELECT pp.*, p.slug, p.name, p.description FROM package_prices pp JOIN packages p ON p.id = pp.package_id
        WHERE pp.active AND p.active ORDER BY p.slug, pp.cycle`,
    );
    return rows.map((r: Record<string, any>) => toCatalogPrice(r, { slug: r.slug, name: r.name, description: r.description }));
  }

  async recordGatewayPrice(priceId: string, gatewayPriceId: string | null): Promise<void> {
    await this.db.query('UPDATE package_prices SET gateway_price_id = $2 WHERE id = $1', [priceId, gatewayPriceId]);
  }

  async create(admin: AuthUser, input: CreatePackageInput): Promise<PackageObject> {
    const spec = validSpec(input.spec);
    assertPrices(input.prices);
    return this.db.transaction(async (m) => {
      const [row] = await m.query(
        `INSERT INTO packages (slug, name, description, spec, grace_days, suspension_days)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (slug) DO NOTHING RETURNING id`,
        [input.slug, input.name, input.description, JSON.stringify(spec), input.graceDays, input.suspensionDays],
      );
      if (!row) throw conflict(`A package with slug "${input.slug}" already exists`);
      for (const price of input.prices) await this.insertPrice(m, row.id, input.slug, price);
      await this.events.record(m, { actorId: admin.id, action: 'package.created', subjectType: 'package', subjectId: row.id, data: { slug: input.slug } });
      await this.jobs.send(SYNC_PRICES_JOB, {}, { singletonKey: 'catalog' }, m);
      return this.byId(row.id, m, true);
    });
  }

  async update(admin: AuthUser, input: UpdatePackageInput): Promise<PackageObject> {
    if (input.prices) assertPrices(input.prices);
    const spec = input.spec === undefined || input.spec === null ? undefined : validSpec(input.spec);
    return this.db.transaction(async (m) => {
      const [pkg] = await m.query('SELECT id FROM packages WHERE slug = $1 FOR UPDATE', [input.slug]);
      if (!pkg) throw notFound('Package');
      await m.query(
        `UPDATE packages SET name = coalesce($2, name), description = coalesce($3, description), spec = coalesce($4, spec),
           grace_days = coalesce($5, grace_days), suspension_days = coalesce($6, suspension_days), updated_at = now()
         WHERE id = $1`,
        [pkg.id, input.name ?? null, input.description ?? null, spec ? JSON.stringify(spec) : null, input.graceDays ?? null, input.suspensionDays ?? null],
      );
      const changedPrices: string[] = [];
      for (const price of input.prices ?? []) {
        const current = await this.currentPrice(pkg.id, price.cycle, m);
        if (current && current.amountMinor === price.amount && current.currency === price.currency && current.partnerCostMinor === price.partnerCost) continue;
        // Prices are never edited in place: existing subscriptions keep the price they were sold.
        if (current) await m.query('UPDATE package_prices SET active = false WHERE id = $1', [current.id]);
        await this.insertPrice(m, pkg.id, input.slug, price);
        changedPrices.push(price.cycle);
      }
      await this.events.record(m, {
        actorId: admin.id,
        action: 'package.updated',
        subjectType: 'package',
        subjectId: pkg.id,
        data: { slug: input.slug, fields: Object.keys(input).filter((k) => k !== 'slug'), changedPrices },
      });
      await this.jobs.send(SYNC_PRICES_JOB, {}, { singletonKey: 'catalog' }, m);
      return this.byId(pkg.id, m, true);
    });
  }

  async retire(admin: AuthUser, slug: string): Promise<PackageObject> {
    return this.db.transaction(async (m) => {
      const [row] = await rowsOf(m, 'UPDATE packages SET active = false, updated_at = now() WHERE slug = $1 RETURNING id', [slug]);
      if (!row) throw notFound('Package');
      await this.events.record(m, { actorId: admin.id, action: 'package.retired', subjectType: 'package', subjectId: row.id, data: { slug } });
      return this.byId(row.id, m, true);
    });
  }

  private async insertPrice(m: EntityManager, packageId: string, slug: string, price: PackagePriceInput): Promise<void> {
    await m.query(
      `INSERT INTO package_prices (package_id, cycle, amount_minor, currency, partner_cost_minor, lookup_key) VALUES ($1, $2, $3, $4, $5, $6)`,
      [packageId, price.cycle, price.amount, price.currency, price.partnerCost, lookupKeyFor(slug, price.cycle)],
    );
  }

  private async withPrices(rows: PackageRow[], manager?: EntityManager, admin = false): Promise<PackageObject[]> {
    if (!rows.length) return [];
    const prices = await (manager ?? this.db.manager).query(
      `SELECT * FROM package_prices WHERE package_id = ANY($1) AND active ORDER BY cycle`,
      [rows.map((r) => r.id)],
    );
    return rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      description: r.description,
      spec: r.spec,
      active: r.active,
      graceDays: r.grace_days,
      suspensionDays: r.suspension_days,
      prices: prices.filter((p: { package_id: string }) => p.package_id === r.id).map((p: Record<string, any>) => toPriceObject(p, admin)),
    }));
  }
}

function validSpec(input: unknown) {
  try {
    return parsePackageSpec(input);
  } catch (e) {
    // The error's message starts with its own field; badInput puts the full path in front once.
    if (e instanceof PackageSpecError) throw badInput(e.field ? `spec.${e.field}` : 'spec', e.field ? e.message.slice(e.field.length + 2) : e.message);
    throw e;
  }
}

function assertPrices(prices: PackagePriceInput[]) {
  const cycles = prices.map((p) => p.cycle);
  if (new Set(cycles).size !== cycles.length) throw badInput('prices', 'has two prices for the same cycle');
  for (const p of prices) {
    try {
      money(p.amount, p.currency);
    } catch {
      throw badInput('prices.currency', `${p.currency} is not a currency`);
    }
  }
}

function toPrice(r: Record<string, any>): CurrentPrice {
  return {
    id: r.id,
    packageId: r.package_id,
    cycle: r.cycle,
    amountMinor: r.amount_minor,
    currency: r.currency,
    partnerCostMinor: r.partner_cost_minor,
    lookupKey: r.lookup_key,
  };
}

/** Partner costs are for admins: everyone else reads null. */
function toPriceObject(r: Record<string, any>, admin: boolean): PackagePriceObject {
  return {
    id: r.id,
    cycle: r.cycle,
    amount: r.amount_minor,
    currency: r.currency,
    formattedAmount: formatMoney(money(r.amount_minor, r.currency)),
    partnerCost: admin ? r.partner_cost_minor : null,
  };
}

/** A current price as the payment gateway needs it. */
export function catalogPriceFor(price: CurrentPrice, pkg: { slug: string; name: string; description: string }): CatalogPrice {
  return toCatalogPrice({ id: price.id, cycle: price.cycle, amount_minor: price.amountMinor, currency: price.currency, lookup_key: price.lookupKey }, pkg);
}

export function toCatalogPrice(r: Record<string, any>, pkg: { slug: string; name: string; description: string }): CatalogPrice {
  return {
    priceId: r.id,
    packageSlug: pkg.slug,
    packageName: pkg.name,
    packageDescription: pkg.description,
    cycle: r.cycle,
    amount: money(r.amount_minor, r.currency),
    lookupKey: r.lookup_key,
  };
}
