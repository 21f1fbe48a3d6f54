import { MATCH_END, MATCH_START } from './search-snippet';
import { TICKET_COLUMNS, TICKET_JOINS } from './ticket-record';
import { SqlParams } from './ticket-queue-sql';
import { ticketScopeSql, visibleKinds, type Viewer } from './ticket-viewer';

const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * The search query: subjects and the messages the viewer may see (clients: public replies only), best
 * hit per ticket, ranked, one page, with a headline of the best hit. Scope and kinds are in the WHERE
 * of every branch, so an internal note cannot even contribute to a client's rank or count.
 */
export function ticketSearchSql(viewer: Viewer, query: string, first: number, offset: number): { sql: string; params: unknown[] } {
  const p = new SqlParams();
  const q = p.add(query.trim());
  const scope = ticketScopeSql(viewer, p.values.length + 1);
  scope.params.forEach((v) => p.add(v));
  const kinds = p.add(visibleKinds(viewer));
  const sql = `WITH q AS (SELECT websearch_to_tsquery('english', ${q}) AS q),
    hits AS (
      SELECT t.id AS ticket_id, ts_rank(t.search, q.q) * 1.5 AS rank, t.subject AS text, 'SUBJECT' AS source
      FROM tickets t, q WHERE t.search @@ q.q AND t.merged_into_id IS NULL AND ${scope.sql}
      UNION ALL
      SELECT msg.ticket_id, ts_rank(msg.search, q.q), msg.body, msg.kind
      FROM ticket_messages msg, q
      WHERE msg.search @@ q.q AND msg.kind = ANY(${kinds})${viewer.isStaff ? '' : ` AND msg.ticket_id IN (SELECT t.id FROM tickets t WHERE ${scope.sql})`}),
    best AS (SELECT DISTINCT ON (ticket_id) ticket_id, rank, text, source FROM hits ORDER BY ticket_id, rank DESC),
    page AS (SELECT *, count(*) OVER () AS total FROM best ORDER BY rank DESC, ticket_id LIMIT ${p.add(first)} OFFSET ${p.add(offset)})
    SELECT ${TICKET_COLUMNS}, page.rank, page.source, page.total,
      ts_headline('english', page.text, q.q, ${p.add(HEADLINE_OPTIONS)}) AS headline
    FROM page JOIN tickets t ON t.id = page.ticket_id ${TICKET_JOINS}, q
    ORDER BY page.rank DESC, page.ticket_id`;
  return { sql, params: p.values };
}
