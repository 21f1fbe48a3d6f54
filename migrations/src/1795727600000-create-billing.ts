import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Catalog prices and terms, orders, the billing side of services, invoices (gap-free yearly numbers),
 *  the webhook event ledger, client billing accounts (gateway customer, dunning hold), notices, settings. */
export class CreateBilling1795727600000 implements MigrationInterface {
  name = 'CreateBilling1795727600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE packages
        ADD COLUMN grace_days int NOT NULL DEFAULT 7 CHECK (grace_days BETWEEN 0 AND 365),
        ADD COLUMN suspension_days int NOT NULL DEFAULT 30 CHECK (suspension_days BETWEEN 0 AND 3650);

      CREATE TABLE package_prices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        package_id uuid NOT NULL REFERENCES packages(id),
        cycle text NOT NULL CHECK (cycle IN ('MONTHLY', 'YEARLY')),
        amount_minor int NOT NULL CHECK (amount_minor >= 0),
        currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        partner_cost_minor int NOT NULL DEFAULT 0 CHECK (partner_cost_minor >= 0),
        lookup_key text NOT NULL,
        gateway_price_id text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      -- One current price per package and cycle; a price change retires the row and adds a new one.
      CREATE UNIQUE INDEX package_prices_current_key ON package_prices (package_id, cycle) WHERE active;

      CREATE TABLE billing_accounts (
        client_id uuid PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
        gateway_customer_id text UNIQUE,
        hold boolean NOT NULL DEFAULT false,
        hold_note text,
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE orders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL REFERENCES clients(id),
        package_id uuid NOT NULL REFERENCES packages(id),
        price_id uuid NOT NULL REFERENCES package_prices(id),
        cycle text NOT NULL CHECK (cycle IN ('MONTHLY', 'YEARLY')),
        domain text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING_PAYMENT' CHECK (status IN ('PENDING_PAYMENT', 'PAID', 'CANCELLED', 'EXPIRED')),
        gateway text NOT NULL CHECK (gateway IN ('STRIPE', 'MANUAL')),
        checkout_session_id text UNIQUE,
        checkout_url text,
        gateway_subscription_id text UNIQUE,
        service_id uuid UNIQUE REFERENCES services(id),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        paid_at timestamptz
      );
      -- The same purchase twice is the same pending order (INSERT ... ON CONFLICT relies on this).
      CREATE UNIQUE INDEX orders_one_pending_key ON orders (client_id, package_id, cycle, domain) WHERE status = 'PENDING_PAYMENT';
      CREATE INDEX orders_client_idx ON orders (client_id, created_at DESC);

      CREATE TABLE service_billing (
        service_id uuid PRIMARY KEY REFERENCES services(id) ON DELETE CASCADE,
        client_id uuid NOT NULL REFERENCES clients(id),
        order_id uuid NOT NULL UNIQUE REFERENCES orders(id),
        price_id uuid NOT NULL REFERENCES package_prices(id),
        cycle text NOT NULL CHECK (cycle IN ('MONTHLY', 'YEARLY')),
        gateway text NOT NULL CHECK (gateway IN ('STRIPE', 'MANUAL')),
        gateway_subscription_id text UNIQUE,
        current_period_start timestamptz NOT NULL,
        current_period_end timestamptz NOT NULL,
        cancel_at_period_end boolean NOT NULL DEFAULT false,
        suspended_at timestamptz,
        ended_at timestamptz,
        -- created time of the newest subscription event applied, to ignore older ones arriving late
        gateway_state_at timestamptz
      );
      CREATE INDEX service_billing_client_idx ON service_billing (client_id);

      CREATE TABLE invoice_number_counters (
        year int PRIMARY KEY,
        last_value int NOT NULL CHECK (last_value > 0)
      );

      CREATE TABLE invoices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL REFERENCES clients(id),
        order_id uuid REFERENCES orders(id),
        service_id uuid REFERENCES services(id),
        gateway text NOT NULL CHECK (gateway IN ('STRIPE', 'MANUAL')),
        gateway_invoice_id text UNIQUE,
        number text UNIQUE,
        status text NOT NULL CHECK (status IN ('OPEN', 'PAID', 'VOID', 'UNCOLLECTIBLE')),
        amount_minor int NOT NULL,
        currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        period_start timestamptz,
        period_end timestamptz,
        due_at timestamptz,
        failed_at timestamptz,
        paid_at timestamptz,
        payment_reference text,
        hosted_url text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (gateway = 'STRIPE' OR number IS NOT NULL),
        CHECK ((status = 'PAID') = (paid_at IS NOT NULL))
      );
      CREATE INDEX invoices_client_idx ON invoices (client_id, created_at DESC);
      CREATE INDEX invoices_service_open_idx ON invoices (service_id) WHERE status = 'OPEN';
      -- A manual renewal is issued once per service and period.
      CREATE UNIQUE INDEX invoices_manual_period_key ON invoices (service_id, period_start) WHERE gateway = 'MANUAL' AND service_id IS NOT NULL;

      CREATE TABLE invoice_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        invoice_id uuid NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
        position int NOT NULL,
        description text NOT NULL,
        amount_minor int NOT NULL,
        currency text NOT NULL,
        period_start timestamptz,
        period_end timestamptz,
        UNIQUE (invoice_id, position)
      );

      -- Every payment-provider event, stored by its id before it is acted on, in the same transaction.
      CREATE TABLE billing_events (
        id text PRIMARY KEY,
        source text NOT NULL,
        type text NOT NULL,
        occurred_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        payload jsonb NOT NULL
      );

      CREATE TABLE billing_notices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        client_id uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        service_id uuid REFERENCES services(id),
        kind text NOT NULL,
        message text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX billing_notices_client_idx ON billing_notices (client_id, created_at DESC, seq DESC);

      CREATE TABLE billing_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        overhead_basis_points int NOT NULL DEFAULT 8700 CHECK (overhead_basis_points BETWEEN 0 AND 9999),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      INSERT INTO billing_settings DEFAULT VALUES;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE billing_settings; DROP TABLE billing_notices; DROP TABLE billing_events;
      DROP TABLE invoice_lines; DROP TABLE invoices; DROP TABLE invoice_number_counters;
      DROP TABLE service_billing; DROP TABLE orders; DROP TABLE billing_accounts; DROP TABLE package_prices;
      ALTER TABLE packages DROP COLUMN suspension_days, DROP COLUMN grace_days;
    `);
  }
}
