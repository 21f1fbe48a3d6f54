import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DRIVER_KINDS,
  DRIVER_NAMES,
  testPartnerConnection,
  type DriverName,
  type PartnerConnection,
  type PartnerOffer,
  type ResourceKind,
} from '@coop/provisioning';
import type { Repository } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { badInput, conflict, notFound } from '../../common/errors/domain.exception';
import { EventLogService } from '../events/event-log.service';
import { DriverFactory } from '../provisioning/driver-factory';
import type { CreatePartnerInput, PartnerCredentialsInput, PartnerKindTermsInput, UpdatePartnerInput } from './dto/partner.inputs';
import type { PartnerObject } from './dto/partner.object';
import { PartnerEntity } from './partner.entity';
import { SECRETS_CIPHER } from './partners.tokens';
import type { SecretsCipher } from './secrets-cipher';

/** Partners as admins manage them. Credentials go in sealed and never come out through the API. */
@Injectable()
export class PartnersService {
  private readonly logger = new Logger(PartnersService.name);

  constructor(
    @InjectRepository(PartnerEntity) private readonly partners: Repository<PartnerEntity>,
    @Inject(SECRETS_CIPHER) private readonly cipher: SecretsCipher,
    private readonly events: EventLogService,
    private readonly drivers: DriverFactory,
  ) {}

  async list(): Promise<PartnerObject[]> {
    const rows = await this.partners.find({ order: { name: 'ASC' } });
    return rows.map((p) => this.toObject(p));
  }

  async create(user: AuthUser, input: CreatePartnerInput): Promise<PartnerObject> {
    const driver = this.driverName(input.driver);
    const terms = this.terms(driver, input.offers);
    await this.assertNameFree(input.name);
    const saved = await this.partners.save(
      this.partners.create({
        name: input.name.trim(),
        driver,
        apiBaseUrl: input.apiBaseUrl,
        regions: input.regions,
        ...terms,
        coop: input.coop,
        active: true,
        credentialsEncrypted: this.seal(input.credentials),
      }),
    );
    await this.events.record(null, { actorId: user.id, action: 'partner.created', subjectType: 'partner', subjectId: saved.id, data: { name: saved.name, driver } });
    return this.toObject(saved);
  }

  async update(user: AuthUser, input: UpdatePartnerInput): Promise<PartnerObject> {
    const partner = await this.byId(input.id);
    if (input.name !== undefined && input.name.trim().toLowerCase() !== partner.name.toLowerCase()) {
      await this.assertNameFree(input.name);
      partner.name = input.name.trim();
    }
    if (input.apiBaseUrl !== undefined) partner.apiBaseUrl = input.apiBaseUrl;
    if (input.regions !== undefined) partner.regions = input.regions;
    if (input.coop !== undefined) partner.coop = input.coop;
    if (input.offers !== undefined) Object.assign(partner, this.terms(partner.driver, input.offers));
    if (input.credentials !== undefined) partner.credentialsEncrypted = this.seal(input.credentials);
    const saved = await this.partners.save(partner);
    await this.events.record(null, {
      actorId: user.id,
      action: 'partner.updated',
      subjectType: 'partner',
      subjectId: saved.id,
      // Which fields changed, never their secret values.
      data: { fields: Object.keys(input).filter((k) => k !== 'id') },
    });
    return this.toObject(saved);
  }

  /** A retired partner gets no new resources; what it already hosts stays until moved by hand. */
  async retire(user: AuthUser, id: string): Promise<PartnerObject> {
    const partner = await this.byId(id);
    partner.active = false;
    const saved = await this.partners.save(partner);
    await this.events.record(null, { actorId: user.id, action: 'partner.retired', subjectType: 'partner', subjectId: id });
    return this.toObject(saved);
  }

  async testConnection(id: string): Promise<{ ok: boolean; message: string }> {
    const partner = await this.byId(id);
    try {
      await testPartnerConnection(this.connection(partner), this.drivers.options());
      return { ok: true, message: partner.driver === 'sandbox' ? 'Simulated partner: always reachable' : 'Connected' };
    } catch (e) {
      this.logger.warn({ partner: id, err: e instanceof Error ? e.message : String(e) }, 'partner connection test failed');
      return { ok: false, message: e instanceof Error ? e.message.slice(0, 500) : 'failed' };
    }
  }

  async byId(id: string): Promise<PartnerEntity> {
    const partner = /^[0-9a-f-]{36}$/i.test(id) ? await this.partners.findOneBy({ id }) : null;
    if (!partner) throw notFound('partner');
    return partner;
  }

  /** Everything placement needs to know about the partners; capacity is what is left after live resources. */
  async offers(): Promise<PartnerOffer[]> {
    const rows = await this.partners.find();
    const used: Array<{ partner_id: string; kind: ResourceKind; n: number }> = await this.partners.query(
      `SELECT partner_id, kind, count(*)::int AS n FROM service_resources WHERE status <> 'DELETED' GROUP BY partner_id, kind`,
    );
    const left = (p: PartnerEntity) =>
      Object.fromEntries(
        Object.entries(p.capacity).map(([kind, total]) => [
          kind,
          total == null ? null : total - (used.find((u) => u.partner_id === p.id && u.kind === kind)?.n ?? 0),
        ]),
      ) as PartnerOffer['capacity'];
    return rows.map((p) => ({
      id: p.id,
      name: p.name,
      driver: p.driver,
      active: p.active,
      coop: p.coop,
      regions: p.regions,
      offers: p.offers,
      prices: p.prices,
      capacity: left(p),
    }));
  }

  /** The driver's view of a partner, credentials decrypted (stays in memory, never logged). */
  connection(partner: PartnerEntity): PartnerConnection {
    return {
      id: partner.id,
      name: partner.name,
      driver: partner.driver,
      apiBaseUrl: partner.apiBaseUrl,
      credentials: this.cipher.decryptJson(partner.credentialsEncrypted),
    };
  }

  toObject(p: PartnerEntity): PartnerObject {
    return {
      id: p.id,
      name: p.name,
      driver: p.driver,
      apiBaseUrl: p.apiBaseUrl,
      regions: p.regions,
      offers: p.offers.map((kind) => ({ kind, priceCents: p.prices[kind] ?? null, capacity: p.capacity[kind] ?? null })),
      coop: p.coop,
      active: p.active,
      hasCredentials: p.credentialsEncrypted !== null,
      simulated: p.driver === 'sandbox',
      createdAt: p.createdAt,
    };
  }

  private driverName(value: string): DriverName {
    if (!(DRIVER_NAMES as readonly string[]).includes(value)) throw badInput('input.driver', 'unknown driver');
    return value as DriverName;
  }

  private terms(driver: DriverName, offers: PartnerKindTermsInput[]) {
    const kinds = offers.map((o) => o.kind as ResourceKind);
    const unsupported = kinds.find((k) => !DRIVER_KINDS[driver].includes(k));
    if (unsupported) throw badInput('input.offers', `the ${driver} driver cannot make ${unsupported}`);
    if (new Set(kinds).size !== kinds.length) throw badInput('input.offers', 'each kind once');
    const prices: Partial<Record<ResourceKind, number>> = {};
    const capacity: Partial<Record<ResourceKind, number | null>> = {};
    for (const o of offers) {
      if (o.priceCents != null) prices[o.kind as ResourceKind] = o.priceCents;
      if (o.capacity != null) capacity[o.kind as ResourceKind] = o.capacity;
    }
    return { offers: kinds, prices, capacity };
  }

  private seal(credentials: PartnerCredentialsInput | undefined): string | null {
    if (!credentials) return null;
    const values = Object.fromEntries(Object.entries({ token: credentials.token, apiKey: credentials.apiKey }).filter(([, v]) => v)) as Record<string, string>;
    return Object.keys(values).length ? this.cipher.encryptJson(values) : null;
  }

  private async assertNameFree(name: string): Promise<void> {
    const taken = await this.partners.createQueryBuilder('p').where('lower(p.name) = lower(:name)', { name: name.trim() }).getExists();
    if (taken) throw conflict('a partner with this name exists');
  }
}
