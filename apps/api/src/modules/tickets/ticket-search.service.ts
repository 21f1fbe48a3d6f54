import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { Clock } from '../../common/clock';
import type { Connection } from '../../common/pagination/connection';
import { offsetConnection } from '../../common/pagination/connection';
import type { TicketSearchHit } from './dto/ticket-search.object';
import { MATCH_END, MATCH_START, renderSnippet } from './search-snippet';
import { TicketPolicy } from './ticket-policy';
import { presentTicket } from './ticket-presenter';
import { TICKET_COLUMNS, TICKET_JOINS, toTicketRecord } from './ticket-record';
import { SqlParams } from './ticket-queue-sql';
import { ticketScopeSql, viewerOf, visibleKinds } from './ticket-viewer';

const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * Full-text search over subjects and messages, ranked, with highlighted snippets. Scoped like every
 * ticket read; clients' searches never touch internal notes, so neither hits nor ranks nor snippets can show one.
 */
@Injectable()
export class TicketSearchService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly policy: TicketPolicy,
  ) {}

  async search(user: AuthUser, query: string, first: number, offset: number): Promise<Connection<TicketSearchHit>> {
    const viewer = viewerOf(user);
    const p = new SqlParams();
    const q = p.add(query.trim());
    const scope = ticketScopeSql(viewer, p.values.length + 1);
    scope.params.forEach((v) => p.add(v));
    const kinds = p.add(visibleKinds(viewer));
    const rows: Record<string, unknown>[] = await this.db.query(
      `WITH q AS (SELECT websearch_to_tsquery('english', ${q}) AS q),
       hits AS (
         SELECT t.id AS ticket_id, ts_rank(t.search, q.q) * 1.5 AS rank, t.subject AS text, 'SUBJECT' AS source
         FROM tickets t, q WHERE t.search @@ q.q AND t.merged_into_id IS NULL AND ${scope.sql}
         UNION ALL
         SELECT t.id, ts_rank(msg.search, q.q), msg.body, msg.kind
         FROM ticket_messages msg JOIN tickets t ON t.id = msg.ticket_id, q
         WHERE msg.search @@ q.q AND msg.kind = ANY(${kinds}) AND ${scope.sql}),
       best AS (SELECT DISTINCT ON (ticket_id) ticket_id, rank, text, source FROM hits ORDER BY ticket_id, rank DESC),
       page AS (SELECT *, count(*) OVER () AS total FROM best ORDER BY rank DESC, ticket_id LIMIT ${p.add(first)} OFFSET ${p.add(offset)})
       SELECT ${TICKET_COLUMNS}, page.rank, page.source, page.total,
         ts_headline('english', page.text, q.q, ${p.add(HEADLINE_OPTIONS)}) AS headline
       FROM page JOIN tickets t ON t.id = page.ticket_id ${TICKET_JOINS}, q
       ORDER BY page.rank DESC, page.ticket_id`,
      p.values,
    );
    const now = this.clock.now();
    const hits = rows.map((row) => ({
      ticket: presentTicket(toTicketRecord(row), viewer, this.policy.sla, now),
      rank: Number(row.rank),
      snippet: renderSnippet(String(row.headline)),
      matchedIn: String(row.source),
    }));
    const total = rows.length ? Number(rows[0].total) : offset === 0 ? 0 : await this.count(user, query);
    return offsetConnection(hits, total, offset);
  }

  private async count(user: AuthUser, query: string): Promise<number> {
    const first = await this.search(user, query, 1, 0);
    return first.totalCount;
  }
}
