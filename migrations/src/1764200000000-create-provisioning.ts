import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Partners (hosters we place resources at), each service's resources with their step state, the
 *  provisioning run log, and the sandbox partner's simulated objects. */
export class CreateProvisioning1764200000000 implements MigrationInterface {
  name = 'CreateProvisioning1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE partners (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        driver text NOT NULL CHECK (driver IN ('digitalocean', 'mailcow', 'borgbase', 'sandbox')),
        api_base_url text NOT NULL,
        regions text[] NOT NULL DEFAULT '{}',
        offers text[] NOT NULL DEFAULT '{}',
        prices jsonb NOT NULL DEFAULT '{}',
        capacity jsonb NOT NULL DEFAULT '{}',
        coop boolean NOT NULL DEFAULT true,
        active boolean NOT NULL DEFAULT true,
        -- AES-256-GCM (SECRETS_KEY): version:iv:tag:ciphertext, never returned by the API
        credentials_encrypted text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX partners_name_key ON partners (lower(name));

      CREATE TABLE service_resources (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        service_id uuid NOT NULL REFERENCES services(id) ON DELETE CASCADE,
        key text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('DROPLET', 'MAIL_DOMAIN', 'MAILBOX', 'BACKUP_REPO')),
        partner_id uuid NOT NULL REFERENCES partners(id),
        placement_reason text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN
          ('PENDING', 'CREATING', 'READY', 'UPDATING', 'SUSPENDED', 'FAILED', 'DELETING', 'DELETED')),
        -- the step in flight or last failed (ENSURE, UPDATE, SUSPEND, UNSUSPEND, DESTROY)
        step text,
        handle jsonb,
        outputs jsonb NOT NULL DEFAULT '{}',
        -- the desired state last applied (no secrets)
        applied jsonb,
        suspended boolean NOT NULL DEFAULT false,
        planned boolean NOT NULL DEFAULT true,
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        ops_fingerprint text,
        -- passphrase, backup key, mailbox password: AES-256-GCM like partner credentials
        secrets_encrypted text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (service_id, key)
      );
      CREATE INDEX service_resources_partner_idx ON service_resources (partner_id);
      CREATE INDEX service_resources_live_idx ON service_resources (service_id) WHERE status <> 'DELETED';

      CREATE TABLE resource_runs (
        id bigserial PRIMARY KEY,
        service_id uuid NOT NULL REFERENCES services(id) ON DELETE CASCADE,
        resource_id uuid REFERENCES service_resources(id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT now(),
        step text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('STARTED', 'SUCCEEDED', 'RETRYING', 'FAILED', 'DRIFT', 'REPAIRED', 'NOTE')),
        message text NOT NULL DEFAULT ''
      );
      CREATE INDEX resource_runs_service_idx ON resource_runs (service_id, id);
      CREATE INDEX resource_runs_resource_idx ON resource_runs (resource_id, id);

      CREATE TABLE sandbox_objects (
        id text PRIMARY KEY,
        partner_id uuid NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
        kind text NOT NULL,
        ref text NOT NULL,
        name text NOT NULL,
        state text NOT NULL,
        attrs jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (partner_id, kind, ref)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sandbox_objects; DROP TABLE resource_runs; DROP TABLE service_resources; DROP TABLE partners;`);
  }
}
