// A stateful stand-in for DigitalOcean API v2 droplets: droplets and actions that complete after a
// delay, tags and pagination, rate-limit headers, 422 for unknown sizes/regions, 404 on a second
// DELETE, and every exchange checked against the official OpenAPI description.
import { StandInServer, type StandInRequest, type StandInResponse } from '../stand-in-server';
import { OpenApiValidator } from './openapi-validator';

interface Droplet extends Record<string, any> {
  id: number;
  name: string;
  status: 'new' | 'active' | 'off' | 'archive';
  size_slug: string;
  tags: string[];
}

interface Action {
  id: number;
  status: 'in-progress' | 'completed' | 'errored';
  type: string;
  started_at: string;
  completed_at: string | null;
  resource_id: number;
  resource_type: 'droplet';
  region_slug: string;
  finishAt: number;
  onComplete: () => void;
}

let validatorSingleton: OpenApiValidator | undefined;

export class DigitalOceanStandIn extends StandInServer {
  readonly droplets = new Map<number, Droplet>();
  readonly actions = new Map<number, Action>();
  /** Every droplet ever created, including destroyed ones (duplicate counting). */
  readonly created: Droplet[] = [];
  readonly violations: string[] = [];
  /** user_data sent with each create, by droplet id (DigitalOcean does not echo it back). */
  readonly userData = new Map<number, string>();
  sizes = new Set(['s-1vcpu-1gb', 's-1vcpu-2gb', 's-2vcpu-4gb', 's-4vcpu-8gb']);
  regions = new Set(['ams3', 'fra1', 'lon1', 'nyc3']);
  actionDelayMs = 30;
  /** DigitalOcean caps per_page at 200; lower it to exercise pagination. */
  maxPerPage = 200;
  /** The API promises no order; listing newest first catches code that only reads page one. */
  listNewestFirst = false;
  rateLimit = { limit: 5000, remaining: 5000 };
  private nextId = 100_000;
  private readonly validator: OpenApiValidator;

  constructor(readonly token = 'do-test-token') {
    super('digitalocean');
    validatorSingleton ??= new OpenApiValidator();
    this.validator = validatorSingleton;
    this.route('GET', '/v2/droplets', (r) => this.list(r));
    this.route('POST', '/v2/droplets', (r) => this.create(r));
    this.route('GET', '/v2/droplets/{id}', (r) => this.get(r));
    this.route('DELETE', '/v2/droplets/{id}', (r) => this.remove(r));
    this.route('POST', '/v2/droplets/{id}/actions', (r) => this.act(r));
    this.route('GET', '/v2/actions/{id}', (r) => this.getAction(r));
  }

  /** Droplets currently tagged with `tag`. */
  tagged(tag: string): Droplet[] {
    return [...this.droplets.values()].filter((d) => d.tags.includes(tag));
  }

  /** Deletes a droplet behind the portal's back. */
  deleteBehindOurBack(id: number): void {
    this.droplets.delete(id);
  }

  protected override async authorise(req: StandInRequest): Promise<StandInResponse | undefined> {
    const problems = this.validator.checkRequest(req.method, req.path, req.query, req.body);
    if (problems.length) {
      this.violations.push(...problems.map((p) => `${req.method} ${req.path}: ${p}`));
      return { status: 400, body: { id: 'bad_request', message: problems.join('; ') } };
    }
    if (req.headers.authorization !== `Bearer ${this.token}`) {
      return { status: 401, body: { id: 'Unauthorized', message: 'Unable to authenticate you' } };
    }
    return undefined;
  }

  protected override decorate(req: StandInRequest, res: StandInResponse): StandInResponse {
    if (res.status !== 400 || (res.body as { id?: string })?.id !== 'bad_request') {
      const problems = this.validator.checkResponse(req.method, req.path, res.status, res.body);
      this.violations.push(...problems.map((p) => `${req.method} ${req.path} -> ${res.status}: ${p}`));
    }
    this.rateLimit.remaining = Math.max(0, this.rateLimit.remaining - 1);
    return {
      ...res,
      headers: {
        'ratelimit-limit': String(this.rateLimit.limit),
        'ratelimit-remaining': String(this.rateLimit.remaining),
        'ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 60),
        'x-request-id': crypto.randomUUID(),
        ...res.headers,
      },
    };
  }

  private settle(): void {
    const now = Date.now();
    for (const action of this.actions.values()) {
      if (action.status === 'in-progress' && now >= action.finishAt) {
        action.status = 'completed';
        action.completed_at = new Date(action.finishAt).toISOString();
        action.onComplete();
      }
    }
  }

  private newAction(type: string, droplet: Droplet, onComplete: () => void): Action {
    const action: Action = {
      id: this.nextId++,
      status: 'in-progress',
      type,
      started_at: new Date().toISOString(),
      completed_at: null,
      resource_id: droplet.id,
      resource_type: 'droplet',
      region_slug: droplet.region.slug,
      finishAt: Date.now() + this.actionDelayMs,
      onComplete,
    };
    this.actions.set(action.id, action);
    return action;
  }

  private publicAction(action: Action) {
    const { finishAt: _f, onComplete: _o, ...rest } = action;
    return rest;
  }

  private list(req: StandInRequest): StandInResponse {
    this.settle();
    const tag = req.query.get('tag_name');
    const perPage = Math.min(this.maxPerPage, Number(req.query.get('per_page') ?? 20));
    const page = Number(req.query.get('page') ?? 1);
    const all = [...this.droplets.values()].filter((d) => !tag || d.tags.includes(tag));
    if (this.listNewestFirst) all.reverse();
    const items = all.slice((page - 1) * perPage, page * perPage);
    const pages: Record<string, string> = {};
    if (page * perPage < all.length) pages.next = `${this.url}/v2/droplets?page=${page + 1}&per_page=${perPage}`;
    return { status: 200, body: { droplets: items, links: { pages }, meta: { total: all.length } } };
  }

  private create(req: StandInRequest): StandInResponse {
    const body = req.body as { name: string; size: string; region: string; image: string; tags?: string[]; user_data?: string };
    if (body.user_data && Buffer.byteLength(body.user_data) > 64 * 1024) {
      return { status: 422, body: { id: 'unprocessable_entity', message: 'user_data is larger than 64 KiB' } };
    }
    if (!this.sizes.has(body.size)) return { status: 422, body: { id: 'unprocessable_entity', message: `${body.size} is not a valid size` } };
    if (!this.regions.has(body.region)) return { status: 422, body: { id: 'unprocessable_entity', message: `${body.region} is not a valid region` } };
    const droplet = this.validator.exampleDroplet() as Droplet;
    droplet.id = this.nextId++;
    droplet.name = body.name;
    droplet.status = 'new';
    droplet.created_at = new Date().toISOString();
    droplet.size_slug = body.size;
    droplet.size = { ...droplet.size, slug: body.size };
    droplet.region = { ...droplet.region, slug: body.region };
    droplet.image = { ...droplet.image, slug: body.image };
    droplet.tags = body.tags ?? [];
    droplet.networks = { v4: [], v6: [] };
    this.droplets.set(droplet.id, droplet);
    this.created.push(droplet);
    if (body.user_data) this.userData.set(droplet.id, body.user_data);
    const action = this.newAction('create', droplet, () => {
      droplet.status = 'active';
      droplet.networks = { v4: [{ ip_address: `203.0.113.${(droplet.id % 250) + 1}`, netmask: '255.255.255.0', gateway: '203.0.113.1', type: 'public' }], v6: [] };
    });
    return { status: 202, body: { droplet, links: { actions: [{ id: action.id, rel: 'create', href: `${this.url}/v2/actions/${action.id}` }] } } };
  }

  private find(req: StandInRequest): Droplet | undefined {
    this.settle();
    return this.droplets.get(Number(req.params.id));
  }

  private notFound(): StandInResponse {
    return { status: 404, body: { id: 'not_found', message: 'The resource you were accessing could not be found.' } };
  }

  private get(req: StandInRequest): StandInResponse {
    const droplet = this.find(req);
    return droplet ? { status: 200, body: { droplet } } : this.notFound();
  }

  private remove(req: StandInRequest): StandInResponse {
    const droplet = this.find(req);
    if (!droplet) return this.notFound();
    this.droplets.delete(droplet.id);
    return { status: 204 };
  }

  private act(req: StandInRequest): StandInResponse {
    const droplet = this.find(req);
    if (!droplet) return this.notFound();
    const body = req.body as { type: string; size?: string };
    let onComplete: () => void;
    switch (body.type) {
      case 'power_off':
        onComplete = () => (droplet.status = 'off');
        break;
      case 'power_on':
        onComplete = () => (droplet.status = 'active');
        break;
      case 'resize':
        if (droplet.status !== 'off') return { status: 422, body: { id: 'unprocessable_entity', message: 'Droplet must be powered off to resize' } };
        if (!body.size || !this.sizes.has(body.size)) return { status: 422, body: { id: 'unprocessable_entity', message: 'invalid size' } };
        onComplete = () => {
          droplet.size_slug = body.size!;
          droplet.size = { ...droplet.size, slug: body.size };
        };
        break;
      default:
        return { status: 422, body: { id: 'unprocessable_entity', message: `unsupported action ${body.type}` } };
    }
    const action = this.newAction(body.type, droplet, onComplete);
    return { status: 201, body: { action: this.publicAction(action) } };
  }

  private getAction(req: StandInRequest): StandInResponse {
    this.settle();
    const action = this.actions.get(Number(req.params.id));
    return action ? { status: 200, body: { action: this.publicAction(action) } } : this.notFound();
  }
}
