import { MATCH_END, MATCH_START } from './search-snippet';
import { TICKET_COLUMNS, TICKET_JOINS } from './ticket-record';
import { limitOf, SqlParams } from './ticket-queue-sql';
import { ticketScopeSql, visibleKinds, type Viewer } from './ticket-viewer';

const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * The search query: each ticket's search document the viewer may match (ticket_search_docs: clients the
 * public one, without internal notes), ranked, one page; then, for the page's rows alone, the text that
 * matches best (the subject or a message of a kind the viewer may see) for the headline. Scope and kinds
 * are in every part, so an internal note cannot even contribute to a client's rank, count or snippet.
 */
export function ticketSearchSql(viewer: Viewer, query: string, first: number, offset: number): { sql: string; params: unknown[] } {
  const p = new SqlParams();
  const q = p.add(query.trim());
  const scope = ticketScopeSql(viewer, p.values.length + 1);
  scope.params.forEach((v) => p.add(v));
  const kinds = p.add(visibleKinds(viewer));
  const doc = viewer.isStaff ? 'd.staff_doc' : 'd.public_doc';
  const sql = `WITH q AS (SELECT websearch_to_tsquery('english', ${q}) AS q),
    hits AS (
      SELECT d.ticket_id, ts_rank(${doc}, q.q) AS rank
      FROM ticket_search_docs d${viewer.isStaff ? '' : ' JOIN tickets t ON t.id = d.ticket_id'}, q
      -- the query written out again (not q.q) so the planner can weigh how many documents it matches
      WHERE ${doc} @@ websearch_to_tsquery('english', ${q})${viewer.isStaff ? '' : ` AND ${scope.sql}`}),
    page AS (SELECT * FROM hits ORDER BY rank DESC, ticket_id LIMIT ${limitOf(first)} OFFSET ${limitOf(offset)})
    SELECT ${TICKET_COLUMNS}, page.rank, hit.source, (SELECT count(*) FROM hits) AS total,
      ts_headline('english', hit.text, q.q, ${p.add(HEADLINE_OPTIONS)}) AS headline
    FROM page JOIN tickets t ON t.id = page.ticket_id ${TICKET_JOINS}, q,
    LATERAL (
      SELECT t.subject AS text, 'SUBJECT' AS source, ts_rank(t.search, q.q) * 1.5 AS rank, t.created_at AS at
      UNION ALL
      SELECT msg.body, msg.kind, ts_rank(msg.search, q.q), msg.created_at FROM ticket_messages msg
      WHERE msg.ticket_id = t.id AND msg.kind = ANY(${kinds})
      ORDER BY rank DESC, at LIMIT 1) hit
    ORDER BY page.rank DESC, page.ticket_id`;
  return { sql, params: p.values };
}
