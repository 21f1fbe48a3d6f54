import type { MigrationInterface, QueryRunner } from 'typeorm';

const OPEN = `status IN ('NEW', 'OPEN', 'PENDING_CLIENT', 'ON_HOLD')`;

/**
 * Tickets: the gap-free number counter, tickets, messages (public replies and internal notes), the
 * per-ticket event log, links, watchers and the weekly triage rota. Partial indexes serve the ops queue
 * (open tickets only); GIN indexes serve labels and full-text search.
 */
export class CreateTickets1764191000000 implements MigrationInterface {
  name = 'CreateTickets1764191000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- One row, bumped with UPDATE ... RETURNING in the transaction that inserts the ticket:
      -- a rolled-back insert rolls the bump back too, so numbers have no gaps.
      CREATE TABLE ticket_number_counter (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        last_number integer NOT NULL CHECK (last_number >= 0)
      );
      INSERT INTO ticket_number_counter (id, last_number) VALUES (true, 0);

      CREATE TABLE tickets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number integer NOT NULL CHECK (number > 0),
        client_id uuid NOT NULL REFERENCES clients(id),
        requester_id uuid REFERENCES users(id) ON DELETE SET NULL,
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
        status text NOT NULL DEFAULT 'NEW'
          CHECK (status IN ('NEW', 'OPEN', 'PENDING_CLIENT', 'ON_HOLD', 'RESOLVED', 'CLOSED')),
        priority text CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH')),
        priority_rank smallint NOT NULL GENERATED ALWAYS AS
          (CASE priority WHEN 'HIGH' THEN 3 WHEN 'MEDIUM' THEN 2 WHEN 'LOW' THEN 1 ELSE 0 END) STORED,
        working_group_id uuid REFERENCES working_groups(id),
        assignee_id uuid REFERENCES users(id) ON DELETE SET NULL,
        service_id uuid REFERENCES services(id) ON DELETE SET NULL,
        labels text[] NOT NULL DEFAULT '{}',
        merged_into_id uuid REFERENCES tickets(id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        -- what clients may see: only public replies and public changes move it
        last_public_activity_at timestamptz NOT NULL,
        -- staff only: internal notes and internal changes move it too
        last_activity_at timestamptz NOT NULL,
        -- SLA clock: started at created_at; paused time banked in sla_paused_ms, pause in progress since sla_paused_since
        sla_paused_ms bigint NOT NULL DEFAULT 0 CHECK (sla_paused_ms >= 0),
        sla_paused_since timestamptz,
        first_response_at timestamptz,
        first_response_paused_ms bigint,
        resolved_at timestamptz,
        resolution_paused_ms bigint,
        closed_at timestamptz,
        -- deadlines with the banked pause (null without priority); kept by the service
        first_response_due_at timestamptz,
        resolution_due_at timestamptz,
        -- the earliest deadline still pending, for the queue's SLA ordering
        sla_due_at timestamptz GENERATED ALWAYS AS (LEAST(
          CASE WHEN first_response_at IS NULL THEN first_response_due_at END,
          CASE WHEN resolved_at IS NULL THEN resolution_due_at END)) STORED,
        search tsvector NOT NULL GENERATED ALWAYS AS (setweight(to_tsvector('english', subject), 'A')) STORED,
        CONSTRAINT tickets_number_key UNIQUE (number),
        CHECK (merged_into_id IS NULL OR (status = 'CLOSED' AND merged_into_id <> id)),
        CHECK ((first_response_at IS NULL) = (first_response_paused_ms IS NULL)),
        CHECK ((resolved_at IS NULL) = (resolution_paused_ms IS NULL))
      );
      CREATE INDEX tickets_client_activity_idx ON tickets (client_id, last_public_activity_at DESC, id DESC);
      CREATE INDEX tickets_client_number_idx ON tickets (client_id, number DESC);
      CREATE INDEX tickets_merged_into_idx ON tickets (merged_into_id) WHERE merged_into_id IS NOT NULL;
      CREATE INDEX tickets_service_idx ON tickets (service_id) WHERE service_id IS NOT NULL;
      CREATE INDEX tickets_labels_idx ON tickets USING gin (labels);
      CREATE INDEX tickets_search_idx ON tickets USING gin (search);
      -- the queue: open tickets only
      CREATE INDEX tickets_open_sla_idx ON tickets ((COALESCE(sla_due_at, 'infinity')), id) WHERE ${OPEN};
      CREATE INDEX tickets_open_priority_idx ON tickets ((3 - priority_rank), created_at, id) WHERE ${OPEN};
      CREATE INDEX tickets_open_age_idx ON tickets (created_at, id) WHERE ${OPEN};
      CREATE INDEX tickets_open_activity_idx ON tickets (last_activity_at DESC, id DESC) WHERE ${OPEN};
      CREATE INDEX tickets_open_assignee_idx ON tickets (assignee_id, created_at) WHERE ${OPEN};
      CREATE INDEX tickets_open_group_idx ON tickets (working_group_id, created_at) WHERE ${OPEN};
      CREATE INDEX tickets_triage_idx ON tickets (created_at, id)
        WHERE ${OPEN} AND (working_group_id IS NULL OR priority IS NULL);
      CREATE INDEX tickets_claimable_idx ON tickets (working_group_id, priority_rank DESC, (COALESCE(sla_due_at, 'infinity')), created_at)
        WHERE ${OPEN} AND assignee_id IS NULL;
      CREATE INDEX tickets_done_idx ON tickets (updated_at DESC, id DESC) WHERE status IN ('RESOLVED', 'CLOSED');
      CREATE INDEX tickets_resolved_idx ON tickets (resolved_at) WHERE status = 'RESOLVED';

      CREATE TABLE ticket_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('PUBLIC', 'INTERNAL')),
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
        created_at timestamptz NOT NULL,
        search tsvector NOT NULL GENERATED ALWAYS AS (to_tsvector('english', body)) STORED
      );
      CREATE INDEX ticket_messages_ticket_idx ON ticket_messages (ticket_id, created_at, id);
      CREATE INDEX ticket_messages_public_search_idx ON ticket_messages USING gin (search) WHERE kind = 'PUBLIC';
      CREATE INDEX ticket_messages_search_idx ON ticket_messages USING gin (search);

      CREATE TABLE ticket_events (
        id bigserial PRIMARY KEY,
        ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
        at timestamptz NOT NULL,
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        kind text NOT NULL,
        visibility text NOT NULL CHECK (visibility IN ('PUBLIC', 'INTERNAL')),
        from_value text,
        to_value text
      );
      CREATE INDEX ticket_events_ticket_idx ON ticket_events (ticket_id, id);
      CREATE FUNCTION ticket_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'ticket_events is append-only'; END $$;
      CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
        FOR EACH ROW EXECUTE FUNCTION ticket_events_append_only();

      CREATE TABLE ticket_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        from_ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
        to_ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('RELATES_TO', 'FOLLOW_UP_OF', 'DUPLICATE_OF')),
        created_at timestamptz NOT NULL,
        created_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        UNIQUE (from_ticket_id, to_ticket_id, kind),
        CHECK (from_ticket_id <> to_ticket_id)
      );
      CREATE INDEX ticket_links_to_idx ON ticket_links (to_ticket_id);

      CREATE TABLE ticket_watchers (
        ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (ticket_id, user_id)
      );
      CREATE INDEX ticket_watchers_user_idx ON ticket_watchers (user_id);

      -- who triages in the week starting on that Monday
      CREATE TABLE ticket_triage_rota (
        week_start date PRIMARY KEY CHECK (extract(isodow FROM week_start) = 1),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE ticket_triage_rota; DROP TABLE ticket_watchers; DROP TABLE ticket_links;
      DROP TRIGGER ticket_events_no_update ON ticket_events; DROP FUNCTION ticket_events_append_only();
      DROP TABLE ticket_events; DROP TABLE ticket_messages; DROP TABLE tickets; DROP TABLE ticket_number_counter;
    `);
  }
}
