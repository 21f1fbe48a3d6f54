import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One search document per ticket, in two versions: `public_doc` (subject and public replies: what a
 * client may match) and `staff_doc` (the same plus internal notes). A query then matches the ticket as
 * a whole (words from the subject and from a reply, "-word" anywhere excludes it) with one GIN scan of
 * a narrow table, instead of a union of subject and message hits deduplicated per ticket.
 *
 * The database keeps the documents: an insert appends, anything that moves or changes text (a merge
 * moves messages; a merged ticket matches nothing) rebuilds the ticket's document from its rows.
 * The GIN indexes on the subject and message vectors served the old search only; they go.
 */
export class TicketSearchDocuments1795750000000 implements MigrationInterface {
  name = 'TicketSearchDocuments1795750000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ticket_search_docs (
        ticket_id uuid PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
        public_doc tsvector NOT NULL,
        staff_doc tsvector NOT NULL
      );
      CREATE INDEX ticket_search_docs_public_idx ON ticket_search_docs USING gin (public_doc);
      CREATE INDEX ticket_search_docs_staff_idx ON ticket_search_docs USING gin (staff_doc);
      DROP INDEX tickets_search_idx, ticket_messages_public_search_idx, ticket_messages_search_idx;

      -- The ticket's documents from its rows; a merged ticket's are empty (it is found as its target).
      CREATE FUNCTION ticket_search_docs_rebuild(p_ticket uuid) RETURNS void LANGUAGE sql AS $$
        INSERT INTO ticket_search_docs (ticket_id, public_doc, staff_doc)
        SELECT t.id,
          CASE WHEN t.merged_into_id IS NOT NULL THEN ''::tsvector ELSE t.search || to_tsvector('english', coalesce(
            (SELECT string_agg(m.body, E'\\n' ORDER BY m.created_at, m.id) FROM ticket_messages m WHERE m.ticket_id = t.id AND m.kind = 'PUBLIC'), '')) END,
          CASE WHEN t.merged_into_id IS NOT NULL THEN ''::tsvector ELSE t.search || to_tsvector('english', coalesce(
            (SELECT string_agg(m.body, E'\\n' ORDER BY m.created_at, m.id) FROM ticket_messages m WHERE m.ticket_id = t.id), '')) END
        FROM tickets t WHERE t.id = p_ticket
        ON CONFLICT (ticket_id) DO UPDATE SET public_doc = EXCLUDED.public_doc, staff_doc = EXCLUDED.staff_doc;
      $$;

      -- A new ticket starts its documents with its subject (prepended, should its opening message's
      -- trigger have run first); a changed subject or a merge rebuilds them.
      CREATE FUNCTION ticket_search_docs_ticket_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            INSERT INTO ticket_search_docs (ticket_id, public_doc, staff_doc) VALUES (NEW.id, NEW.search, NEW.search)
            ON CONFLICT (ticket_id) DO UPDATE SET public_doc = EXCLUDED.public_doc || ticket_search_docs.public_doc,
                                                  staff_doc = EXCLUDED.staff_doc || ticket_search_docs.staff_doc;
          ELSE
            PERFORM ticket_search_docs_rebuild(NEW.id);
          END IF;
          RETURN NULL;
        END $$;
      CREATE TRIGGER ticket_search_docs_on_ticket AFTER INSERT OR UPDATE OF subject, merged_into_id ON tickets
        FOR EACH ROW EXECUTE FUNCTION ticket_search_docs_ticket_changed();

      -- A new message is appended (cheap, and it runs while a filer may hold the number counter); a
      -- moved, edited or deleted one rebuilds the tickets it left and joined.
      CREATE FUNCTION ticket_search_docs_message_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            INSERT INTO ticket_search_docs (ticket_id, public_doc, staff_doc)
            VALUES (NEW.ticket_id, CASE WHEN NEW.kind = 'PUBLIC' THEN NEW.search ELSE ''::tsvector END, NEW.search)
            ON CONFLICT (ticket_id) DO UPDATE SET public_doc = ticket_search_docs.public_doc || EXCLUDED.public_doc,
                                                  staff_doc = ticket_search_docs.staff_doc || EXCLUDED.staff_doc;
            RETURN NULL;
          END IF;
          PERFORM ticket_search_docs_rebuild(OLD.ticket_id);
          IF TG_OP = 'UPDATE' AND NEW.ticket_id <> OLD.ticket_id THEN PERFORM ticket_search_docs_rebuild(NEW.ticket_id); END IF;
          RETURN NULL;
        END $$;
      CREATE TRIGGER ticket_search_docs_on_message AFTER INSERT OR UPDATE OF ticket_id, body, kind OR DELETE ON ticket_messages
        FOR EACH ROW EXECUTE FUNCTION ticket_search_docs_message_changed();

      -- Every ticket's documents at once (this migration, and bulk loads that disable the triggers).
      CREATE FUNCTION ticket_search_docs_rebuild_all() RETURNS void LANGUAGE sql AS $$
      INSERT INTO ticket_search_docs (ticket_id, public_doc, staff_doc)
      SELECT t.id,
        CASE WHEN t.merged_into_id IS NOT NULL THEN ''::tsvector ELSE t.search || to_tsvector('english', coalesce(pub.body, '')) END,
        CASE WHEN t.merged_into_id IS NOT NULL THEN ''::tsvector ELSE t.search || to_tsvector('english', coalesce(pub.body, '') || E'\\n' || coalesce(note.body, '')) END
      FROM tickets t
      LEFT JOIN (SELECT ticket_id, string_agg(body, E'\\n' ORDER BY created_at, id) AS body FROM ticket_messages WHERE kind = 'PUBLIC' GROUP BY ticket_id) pub ON pub.ticket_id = t.id
      LEFT JOIN (SELECT ticket_id, string_agg(body, E'\\n' ORDER BY created_at, id) AS body FROM ticket_messages WHERE kind = 'INTERNAL' GROUP BY ticket_id) note ON note.ticket_id = t.id
        ON CONFLICT (ticket_id) DO UPDATE SET public_doc = EXCLUDED.public_doc, staff_doc = EXCLUDED.staff_doc;
      $$;
      SELECT ticket_search_docs_rebuild_all();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER ticket_search_docs_on_message ON ticket_messages;
      DROP TRIGGER ticket_search_docs_on_ticket ON tickets;
      DROP FUNCTION ticket_search_docs_message_changed();
      DROP FUNCTION ticket_search_docs_ticket_changed();
      DROP FUNCTION ticket_search_docs_rebuild(uuid);
      DROP FUNCTION ticket_search_docs_rebuild_all();
      DROP TABLE ticket_search_docs;
      CREATE INDEX tickets_search_idx ON tickets USING gin (search);
      CREATE INDEX ticket_messages_public_search_idx ON ticket_messages USING gin (search) WHERE kind = 'PUBLIC';
      CREATE INDEX ticket_messages_search_idx ON ticket_messages USING gin (search);
    `);
  }
}
