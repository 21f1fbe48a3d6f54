import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, sessions, API tokens, SSH keys, clients and memberships, working groups, the audit log,
 *  and the two tables several features share: packages and services. */
export class CreatePlatform1764190000000 implements MigrationInterface {
  name = 'CreatePlatform1764190000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (length(email) <= 254),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        password_hash text NOT NULL,
        staff_role text CHECK (staff_role IN ('OPS', 'ADMIN')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));

      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      );
      CREATE INDEX sessions_user_idx ON sessions (user_id);

      CREATE TABLE api_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        token_hash bytea NOT NULL UNIQUE,
        prefix text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        last_used_at timestamptz,
        revoked_at timestamptz
      );
      CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

      CREATE TABLE login_attempts (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        ip text NOT NULL,
        succeeded boolean NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX login_attempts_email_idx ON login_attempts (email, at) WHERE NOT succeeded;
      CREATE INDEX login_attempts_ip_idx ON login_attempts (ip, at) WHERE NOT succeeded;

      CREATE TABLE ssh_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        type text NOT NULL,
        public_key text NOT NULL,
        fingerprint text NOT NULL,
        comment text,
        bits int,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (user_id, fingerprint)
      );

      CREATE TABLE clients (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        billing_email text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX clients_name_idx ON clients (lower(name));

      CREATE TABLE client_members (
        client_id uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('OWNER', 'MEMBER')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (client_id, user_id)
      );
      CREATE INDEX client_members_user_idx ON client_members (user_id);

      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        email text NOT NULL,
        token_hash bytea NOT NULL UNIQUE,
        invited_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES users(id)
      );
      CREATE INDEX invitations_client_idx ON invitations (client_id);

      CREATE TABLE working_groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      INSERT INTO working_groups (slug, name) VALUES
        ('infra-ops', 'Infra ops'), ('finance', 'Finance'),
        ('governance', 'Governance'), ('business-planning', 'Business planning');

      CREATE TABLE events (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        client_id uuid REFERENCES clients(id) ON DELETE SET NULL,
        data jsonb NOT NULL DEFAULT '{}'
      );
      CREATE INDEX events_subject_idx ON events (subject_type, subject_id, id);
      CREATE INDEX events_client_idx ON events (client_id, id) WHERE client_id IS NOT NULL;
      CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'events is append-only'; END $$;
      CREATE TRIGGER events_no_update BEFORE UPDATE OR DELETE ON events
        FOR EACH ROW EXECUTE FUNCTION events_append_only();

      CREATE TABLE packages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        spec jsonb NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE services (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL REFERENCES clients(id),
        package_id uuid NOT NULL REFERENCES packages(id),
        domain text NOT NULL,
        status text NOT NULL DEFAULT 'PROVISIONING' CHECK (status IN
          ('PROVISIONING', 'ACTIVE', 'DEGRADED', 'SUSPENDED', 'TERMINATING', 'TERMINATED', 'CANCELLED')),
        suspension_reason text CHECK (suspension_reason IN ('OVERDUE', 'MANUAL', 'ABUSE')),
        spec jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CHECK ((status = 'SUSPENDED') = (suspension_reason IS NOT NULL))
      );
      CREATE INDEX services_client_idx ON services (client_id);
      CREATE INDEX services_status_idx ON services (status);

      CREATE TABLE seed_runs (
        step text PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE seed_runs; DROP TABLE services; DROP TABLE packages;
      DROP TRIGGER events_no_update ON events; DROP FUNCTION events_append_only(); DROP TABLE events;
      DROP TABLE working_groups; DROP TABLE invitations; DROP TABLE client_members; DROP TABLE clients;
      DROP TABLE ssh_keys; DROP TABLE login_attempts; DROP TABLE api_tokens; DROP TABLE sessions; DROP TABLE users;
    `);
  }
}
