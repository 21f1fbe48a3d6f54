import type { MigrationInterface, QueryRunner } from 'typeorm';

const OPEN = `status IN ('NEW', 'OPEN', 'PENDING_CLIENT', 'ON_HOLD')`;

/**
 * Queue indexes in the exact shape of the queue orderings (keys, then the ticket number that breaks ties;
 * last activity descending), so every page is an index range scan; and the ticket event log lets a
 * deleted user's id be forgotten (ON DELETE SET NULL) while refusing every other update.
 */
export class ReshapeTicketQueueIndexes1795740000000 implements MigrationInterface {
  name = 'ReshapeTicketQueueIndexes1795740000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX tickets_open_sla_idx, tickets_open_priority_idx, tickets_open_age_idx, tickets_open_activity_idx,
        tickets_open_assignee_idx, tickets_triage_idx, tickets_done_idx;
      CREATE INDEX tickets_open_sla_idx ON tickets ((COALESCE(sla_due_at, 'infinity')), number) WHERE ${OPEN};
      CREATE INDEX tickets_open_priority_idx ON tickets ((3 - priority_rank), created_at, number) WHERE ${OPEN};
      CREATE INDEX tickets_open_age_idx ON tickets (created_at, number) WHERE ${OPEN};
      CREATE INDEX tickets_open_activity_idx ON tickets (last_activity_at DESC, number DESC) WHERE ${OPEN};
      CREATE INDEX tickets_open_assignee_idx ON tickets (assignee_id, (COALESCE(sla_due_at, 'infinity')), number) WHERE ${OPEN};
      CREATE INDEX tickets_triage_idx ON tickets ((COALESCE(sla_due_at, 'infinity')), number)
        WHERE ${OPEN} AND (working_group_id IS NULL OR priority IS NULL);
      CREATE INDEX tickets_done_idx ON tickets (last_activity_at DESC, number DESC) WHERE status IN ('RESOLVED', 'CLOSED');

      CREATE OR REPLACE FUNCTION ticket_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.actor_id IS NULL AND (NEW.ticket_id, NEW.at, NEW.kind, NEW.visibility, NEW.from_value, NEW.to_value)
             IS NOT DISTINCT FROM (OLD.ticket_id, OLD.at, OLD.kind, OLD.visibility, OLD.from_value, OLD.to_value) THEN
            RETURN NEW;
          END IF;
          RAISE EXCEPTION 'ticket_events is append-only';
        END $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION ticket_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'ticket_events is append-only'; END $$;
      DROP INDEX tickets_open_sla_idx, tickets_open_priority_idx, tickets_open_age_idx, tickets_open_activity_idx,
        tickets_open_assignee_idx, tickets_triage_idx, tickets_done_idx;
      CREATE INDEX tickets_open_sla_idx ON tickets ((COALESCE(sla_due_at, 'infinity')), id) WHERE ${OPEN};
      CREATE INDEX tickets_open_priority_idx ON tickets ((3 - priority_rank), created_at, id) WHERE ${OPEN};
      CREATE INDEX tickets_open_age_idx ON tickets (created_at, id) WHERE ${OPEN};
      CREATE INDEX tickets_open_activity_idx ON tickets (last_activity_at DESC, id DESC) WHERE ${OPEN};
      CREATE INDEX tickets_open_assignee_idx ON tickets (assignee_id, created_at) WHERE ${OPEN};
      CREATE INDEX tickets_triage_idx ON tickets (created_at, id) WHERE ${OPEN} AND (working_group_id IS NULL OR priority IS NULL);
      CREATE INDEX tickets_done_idx ON tickets (updated_at DESC, id DESC) WHERE status IN ('RESOLVED', 'CLOSED');
    `);
  }
}
