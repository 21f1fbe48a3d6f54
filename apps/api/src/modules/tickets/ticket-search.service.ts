import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { Clock } from '../../common/clock';
import type { Connection } from '../../common/pagination/connection';
import { offsetConnection } from '../../common/pagination/connection';
import type { TicketSearchHit } from './dto/ticket-search.object';
import { renderSnippet } from './search-snippet';
import { ticketSearchSql } from './ticket-search-sql';
import { TicketPolicy } from './ticket-policy';
import { presentTicket } from './ticket-presenter';
import { toTicketRecord } from './ticket-record';
import { viewerOf } from './ticket-viewer';

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
    const { sql, params } = ticketSearchSql(viewer, query, first, offset);
    const rows: Record<string, unknown>[] = await this.db.query(sql, params);
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
