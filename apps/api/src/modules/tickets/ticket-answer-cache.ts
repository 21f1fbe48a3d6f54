import { Injectable } from '@nestjs/common';
import type { FormattedExecutionResult } from 'graphql';
import { Clock } from '../../common/clock';
import { TicketCountCache } from './ticket-count-cache';

/**
 * How long an answer may be reused while no ticket changes. Time alone moves some of what it shows (an
 * SLA state turns BREACHED at its deadline, a paused deadline moves with the clock, ESCALATED takes in
 * tickets as deadlines near) and names of people, clients and groups change without a ticket changing:
 * a second is too short for any of that to matter to a reader, and long enough to answer a burst of
 * identical asks (every ops browser refreshing its view after the same change) with one execution.
 */
export const ANSWER_MAX_AGE_MS = 1000;

/** Variables and free text make many keys; past this many, start over rather than grow. */
const MAX_ENTRIES = 500;

/** Taken before an answer is computed: the answer may be kept only if no ticket changed meanwhile. */
export interface AnswerMark {
  key: string;
  changes: number;
  at: number;
  startedAt: number;
}

interface Entry extends AnswerMark {
  result: FormattedExecutionResult;
}

/**
 * Whole GraphQL answers about tickets, for one caller and one query text with its variables (the plugin
 * beside this file decides which operations qualify). An answer is dropped when any ticket changes (the
 * same signals that drop queue counts: a local commit, another process's NOTIFY) and after
 * `maxAgeMs` of either the app clock or real time.
 */
@Injectable()
export class TicketAnswerCache {
  private readonly entries = new Map<string, Entry>();
  maxAgeMs = ANSWER_MAX_AGE_MS;

  constructor(
    private readonly counts: TicketCountCache,
    private readonly clock: Clock,
  ) {}

  mark(key: string): AnswerMark {
    return { key, changes: this.counts.changes, at: this.clock.now().getTime(), startedAt: performance.now() };
  }

  get(key: string): FormattedExecutionResult | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    const at = this.clock.now().getTime();
    const fresh =
      hit.changes === this.counts.changes && at >= hit.at && at - hit.at < this.maxAgeMs && performance.now() - hit.startedAt < this.maxAgeMs;
    if (fresh) return hit.result;
    this.entries.delete(key);
    return undefined;
  }

  /** Keeps `result` under the mark's key, unless a ticket changed since the mark was taken. */
  set(mark: AnswerMark, result: FormattedExecutionResult): void {
    if (mark.changes !== this.counts.changes) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(mark.key, { ...mark, result });
  }
}
