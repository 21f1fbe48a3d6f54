// BorgBase backup repositories over its GraphQL API (POST /graphql, bearer token; errors come back
// as `errors[]` with HTTP 200). Create-or-adopt goes by the repository name, which embeds our
// resource id; the server's key is added once per resource and given append-only access.
import { errorClassOf, ProvisioningError, type ErrorClass } from '../../errors';
import { HttpClient } from '../../http/http-client';
import { resourceTag, type BackupRepoDesired } from '../../resource-kinds';
import { createOrAdopt } from '../create-or-adopt';
import type { Driver, EnsureHooks, EnsureResult, Observation, ResourceHandle, ResourceRef } from '../driver';
import { partnerHttpClient, requireCredential, type DriverOptions, type PartnerEndpoint } from '../driver-options';

interface Repo {
  id: string;
  name: string;
  repoPath: string;
  quota: number | null;
  alertDays: number | null;
}

interface SshKey {
  id: string;
  name: string;
}

const REPO_FIELDS = 'id name repoPath quota alertDays';
const NOT_FOUND = /not found|does not exist|no such/i;
const ALREADY_EXISTS = /already exists|already in use|must be unique/i;

export class BorgBaseRepoDriver implements Driver<'BACKUP_REPO'> {
  readonly kind = 'BACKUP_REPO' as const;
  readonly driverName = 'borgbase' as const;
  private readonly http: HttpClient;

  constructor(
    endpoint: PartnerEndpoint,
    private readonly options: DriverOptions = {},
  ) {
    this.http = partnerHttpClient(endpoint, options, { authorization: `Bearer ${requireCredential(endpoint, 'token')}` });
  }

  async ensure(ref: ResourceRef, desired: BackupRepoDesired, hooks: EnsureHooks = {}): Promise<EnsureResult> {
    const keyId = desired.appendOnlyKey ? await this.ensureKey(resourceTag(ref.resourceId), desired.appendOnlyKey) : undefined;
    const { handle: repo, adopted } = await createOrAdopt<Repo>({
      find: () => this.findRepo(desired.name),
      create: async () => {
        const data = await this.gql<{ repoAdd: { repoAdded: Repo } }>(
          `mutation ($name: String!, $region: String!, $quota: Int, $alertDays: Int, $keys: [String]) {
            repoAdd(name: $name, region: $region, quota: $quota, quotaEnabled: true, alertDays: $alertDays,
                    appendOnly: true, appendOnlyKeys: $keys, fullAccessKeys: [], borgVersion: "LATEST") {
              repoAdded { ${REPO_FIELDS} }
            }
          }`,
          { name: desired.name, region: desired.region, quota: desired.quotaGiB * 1000, alertDays: desired.alertDays, keys: keyId ? [keyId] : [] },
          true,
        );
        return data.repoAdd.repoAdded;
      },
      baseDelayMs: this.options.adoptDelayMs,
    });
    const handle: ResourceHandle = { repoId: repo.id, ...(keyId ? { sshKeyId: keyId } : {}) };
    await hooks.onHandle?.(handle);
    return { handle, adopted, outputs: { repoPath: repo.repoPath, repoName: repo.name } };
  }

  async observe(handle: ResourceHandle): Promise<Observation> {
    const repo = await this.repoById(String(handle.repoId));
    if (!repo) return { exists: false };
    return { exists: true, state: 'active', suspended: false, quotaMiB: repo.quota ?? undefined };
  }

  /** Backups are kept while a service is suspended. */
  async setSuspended(): Promise<void> {}

  async update(handle: ResourceHandle, desired: BackupRepoDesired): Promise<void> {
    await this.gql(
      `mutation ($id: String!, $quota: Int, $alertDays: Int) {
        repoEdit(id: $id, quota: $quota, quotaEnabled: true, alertDays: $alertDays) { repoEdited { id } }
      }`,
      { id: String(handle.repoId), quota: desired.quotaGiB * 1000, alertDays: desired.alertDays },
    );
  }

  async destroy(handle: ResourceHandle): Promise<void> {
    try {
      await this.gql(`mutation ($id: String!) { repoDelete(id: $id) { ok } }`, { id: String(handle.repoId) });
    } catch (e) {
      if (e instanceof ProvisioningError && e.code === 'REMOTE_REJECTED' && NOT_FOUND.test(e.message)) return;
      throw e;
    }
  }

  classifyError(e: unknown): ErrorClass {
    return errorClassOf(e);
  }

  async testConnection(): Promise<void> {
    await this.gql(`{ sshList { id } }`, {});
  }

  private async ensureKey(name: string, keyData: string): Promise<string> {
    const { handle } = await createOrAdopt<string>({
      find: async () => {
        const data = await this.gql<{ sshList: SshKey[] }>(`{ sshList { id name } }`, {});
        return data.sshList.find((k) => k.name === name)?.id;
      },
      create: async () => {
        const data = await this.gql<{ sshAdd: { keyAdded: SshKey } }>(
          `mutation ($name: String!, $keyData: String!) { sshAdd(name: $name, keyData: $keyData) { keyAdded { id name } } }`,
          { name, keyData },
          true,
        );
        return data.sshAdd.keyAdded.id;
      },
      baseDelayMs: this.options.adoptDelayMs,
    });
    return handle;
  }

  private async findRepo(name: string): Promise<Repo | undefined> {
    const data = await this.gql<{ repoList: Repo[] }>(
      `query ($name: String) { repoList(name: $name) { ${REPO_FIELDS} } }`,
      { name },
    );
    return data.repoList.find((r) => r.name === name);
  }

  private async repoById(id: string): Promise<Repo | undefined> {
    const data = await this.gql<{ repoList: Repo[] }>(`{ repoList { ${REPO_FIELDS} } }`, {});
    return data.repoList.find((r) => r.id === id);
  }

  private async gql<T>(query: string, variables: Record<string, unknown>, creates = false): Promise<T> {
    const res = await this.http.request<{ data?: T; errors?: Array<{ message: string }> }>({
      method: 'POST',
      path: '/graphql',
      body: { query, variables },
      // Queries and edits are safe to repeat; an add is not (the caller looks before adding again).
      idempotent: !creates,
    });
    const errors = res.body?.errors;
    if (errors?.length) {
      const message = errors.map((e) => e.message).join('; ');
      if (ALREADY_EXISTS.test(message)) throw new ProvisioningError('REMOTE_CONFLICT', `borgbase: ${message}`, 'permanent');
      throw new ProvisioningError('REMOTE_REJECTED', `borgbase: ${message}`, 'permanent', { requestId: res.requestId });
    }
    if (!res.body?.data) throw new ProvisioningError('REMOTE_REJECTED', 'borgbase: empty answer', 'retryable');
    return res.body.data;
  }
}
