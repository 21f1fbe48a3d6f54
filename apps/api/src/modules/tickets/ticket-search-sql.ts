import { MATCH_END, MATCH_START } from './search-snippet';
import { TICKET_COLUMNS, TICKET_JOINS } from './ticket-record';
import { limitOf, SqlParams } from './ticket-queue-sql';
import { ticketScopeSql, visibleKinds, type Viewer } from './ticket-viewer';

const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * The search query: subjects and the messages the viewer may see (clients: public replies only), ranked
 * by each ticket's best hit, one page, with a headline of that hit. Scope and kinds are in the WHERE of
 * every branch, so an internal note cannot even contribute to a client's rank or count.
 *
 * Every match is ranked (that is what "best first" costs), but only ids and ranks are grouped: the text
 * of the best hit is looked up for the page's rows alone.
 */
export function ticketSearchSql(viewer: Viewer, query: string, first: number, offset: number): { sql: string; params: unknown[] } {
  const p = new SqlParams();
  const q = p.add(query.trim());
  const scope = ticketScopeSql(viewer, p.values.length + 1);
  scope.params.forEach((v) => p.add(v));
  const kinds = p.add(visibleKinds(viewer));
  const sql = `WITH q AS (SELECT websearch_to_tsquery('english', ${q}) AS q),
    hits AS (
      SELECT t.id AS ticket_id, ts_rank(t.search, q.q) * 1.5 AS rank
      FROM tickets t, q WHERE t.search @@ q.q AND t.merged_into_id IS NULL AND ${scope.sql}
      UNION ALL
      SELECT msg.ticket_id, ts_rank(msg.search, q.q)
      FROM ticket_messages msg, q
      WHERE msg.search @@ q.q AND msg.kind = ANY(${kinds})${viewer.isStaff ? '' : ` AND msg.ticket_id IN (SELECT t.id FROM tickets t WHERE ${scope.sql})`}),
    best AS (SELECT ticket_id, max(rank) AS rank FROM hits GROUP BY ticket_id),
    page AS (SELECT * FROM best ORDER BY rank DESC, ticket_id LIMIT ${limitOf(first)} OFFSET ${limitOf(offset)})
    SELECT ${TICKET_COLUMNS}, page.rank, hit.source, (SELECT count(*) FROM best) AS total,
      ts_headline('english', hit.text, q.q, ${p.add(HEADLINE_OPTIONS)}) AS headline
    FROM page JOIN tickets t ON t.id = page.ticket_id ${TICKET_JOINS}, q,
    LATERAL (
      SELECT t.subject AS text, 'SUBJECT' AS source, ts_rank(t.search, q.q) * 1.5 AS rank WHERE t.search @@ q.q
      UNION ALL
      SELECT msg.body, msg.kind, ts_rank(msg.search, q.q) FROM ticket_messages msg
      WHERE msg.ticket_id = t.id AND msg.search @@ q.q AND msg.kind = ANY(${kinds})
      ORDER BY rank DESC LIMIT 1) hit
    ORDER BY page.rank DESC, page.ticket_id`;
  return { sql, params: p.values };
}
