// A stand-in for BorgBase's GraphQL API (POST /graphql, bearer token), executing requests against the
// inferred SDL in borgbase.graphql with the `graphql` package. Business errors come back as
// `errors[]` with HTTP 200, as on the real service.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, graphql, type GraphQLSchema } from 'graphql';
import { StandInServer, type StandInRequest, type StandInResponse } from '../stand-in-server';

export interface BorgBaseRepo {
  id: string;
  name: string;
  region: string;
  quota: number | null;
  quotaEnabled: boolean;
  alertDays: number | null;
  appendOnly: boolean;
  appendOnlyKeys: string[];
  fullAccessKeys: string[];
  repoPath: string;
  borgVersion: string;
  createdAt: string;
}

export interface BorgBaseKey {
  id: string;
  name: string;
  keyData: string;
  keyType: string;
  addedAt: string;
}

let schemaSingleton: GraphQLSchema | undefined;

export class BorgBaseStandIn extends StandInServer {
  readonly repos = new Map<string, BorgBaseRepo>();
  readonly keys = new Map<string, BorgBaseKey>();
  /** Every repository ever added (duplicate counting). */
  readonly added: string[] = [];
  private readonly schema: GraphQLSchema;

  constructor(readonly token = 'borgbase-test-token') {
    super('borgbase');
    schemaSingleton ??= buildSchema(readFileSync(path.join(__dirname, 'borgbase.graphql'), 'utf8'));
    this.schema = schemaSingleton;
    this.route('POST', '/graphql', (r) => this.execute(r));
  }

  protected override async authorise(req: StandInRequest): Promise<StandInResponse | undefined> {
    if (req.headers.authorization !== `Bearer ${this.token}`) return { status: 401, body: { errors: [{ message: 'Not authenticated' }] } };
    return undefined;
  }

  private async execute(req: StandInRequest): Promise<StandInResponse> {
    const { query, variables } = (req.body ?? {}) as { query?: string; variables?: Record<string, unknown> };
    if (typeof query !== 'string') return { status: 400, body: { errors: [{ message: 'Must provide query string.' }] } };
    const result = await graphql({ schema: this.schema, source: query, variableValues: variables, rootValue: this.resolvers() });
    return { status: 200, body: JSON.parse(JSON.stringify(result)) };
  }

  private resolvers() {
    return {
      sshList: () => [...this.keys.values()],
      repoList: ({ name }: { name?: string }) => [...this.repos.values()].filter((r) => !name || r.name.includes(name)),
      sshAdd: ({ name, keyData }: { name: string; keyData: string }) => {
        const parts = keyData.trim().split(/\s+/);
        if (parts.length < 2 || !parts[0]!.startsWith('ssh-')) throw new Error('Invalid key data.');
        if ([...this.keys.values()].some((k) => k.keyData.split(/\s+/)[1] === parts[1])) throw new Error('Key already exists.');
        const key = { id: String(10_000 + this.keys.size), name, keyData, keyType: parts[0]!, addedAt: new Date().toISOString() };
        this.keys.set(key.id, key);
        return { keyAdded: key };
      },
      repoAdd: (args: Partial<BorgBaseRepo> & { name: string; region: string }) => {
        if (!['eu', 'us'].includes(args.region)) throw new Error(`Invalid region ${args.region}.`);
        if ([...this.repos.values()].some((r) => r.name === args.name)) throw new Error('Repo with this name already exists.');
        for (const key of [...(args.appendOnlyKeys ?? []), ...(args.fullAccessKeys ?? [])]) {
          if (!this.keys.has(key)) throw new Error(`SSH key ${key} not found.`);
        }
        if (args.quota != null && args.quota < 0) throw new Error('Quota must be positive.');
        const id = randomBytes(4).toString('hex');
        const repo: BorgBaseRepo = {
          id,
          name: args.name,
          region: args.region,
          quota: args.quota ?? null,
          quotaEnabled: args.quotaEnabled ?? false,
          alertDays: args.alertDays ?? null,
          appendOnly: args.appendOnly ?? false,
          appendOnlyKeys: args.appendOnlyKeys ?? [],
          fullAccessKeys: args.fullAccessKeys ?? [],
          repoPath: `ssh://${id}@${id}.repo.borgbase.com/./repo`,
          borgVersion: args.borgVersion ?? 'LATEST',
          createdAt: new Date().toISOString(),
        };
        this.repos.set(id, repo);
        this.added.push(repo.name);
        return { repoAdded: repo };
      },
      repoEdit: (args: Partial<BorgBaseRepo> & { id: string }) => {
        const repo = this.repos.get(args.id);
        if (!repo) throw new Error('Repo not found.');
        for (const [key, value] of Object.entries(args)) if (value !== undefined && key !== 'id') (repo as unknown as Record<string, unknown>)[key] = value;
        return { repoEdited: repo };
      },
      repoDelete: ({ id }: { id: string }) => {
        if (!this.repos.delete(id)) throw new Error('Repo not found.');
        return { ok: true };
      },
    };
  }
}
