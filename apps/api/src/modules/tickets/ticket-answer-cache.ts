import { Injectable } from '@nestjs/common';
import type { FormattedExecutionResult } from 'graphql';
import { Clock } from '../../common/clock';
import { markShared } from '../../common/graphql/shared-answers';
import { TicketCountCache, youngerThan, type Stamp } from './ticket-count-cache';

/**
 * How long an answer may be reused while no ticket changes. Time alone moves some of what it shows (an
 * SLA state turns BREACHED at its deadline, a paused deadline moves with the clock, ESCALATED takes in
 * tickets as deadlines near) and names of people, clients and groups change without a ticket changing:
 * a second is too short for any of that to matter to a reader, and long enough to answer a burst of
 * identical asks (every ops browser refreshing its view after the same change) with one execution.
 */
export const ANSWER_MAX_AGE_MS = 1000;

/** A computation others wait for, or refresh others are served the older answer during, is given up after this. */
const COMPUTE_LIMIT_MS = 10_000;

/** Variables and free text make many keys; past this many, start over rather than grow. */
const MAX_ENTRIES = 500;

type Result = FormattedExecutionResult;

const after = (ms: number) => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms).unref());

interface Computing {
  since: number;
  done: Promise<Result | undefined>;
  settle: (r: Result | undefined) => void;
}

/** Taken before an answer is computed: the answer is kept only if no ticket changed meanwhile. */
export interface AnswerMark extends Stamp {
  key: string;
  changes: number;
  computing: Computing;
}

/** What to do for one ask: serve a kept answer, wait for the one being computed, or compute it. */
export type AnswerLookup = { hit: Result } | { wait: Promise<Result | undefined> } | { compute: AnswerMark };

interface Entry extends Stamp {
  changes: number;
  result?: Result;
  /** Set while an ask computes this key's answer; waiters get what it settles with. */
  computing?: Computing;
}

/**
 * Whole GraphQL answers about tickets, for one caller and one query text with its variables (the plugin
 * beside this file decides which operations qualify).
 *
 * - An answer is dropped when any ticket changes (the signals that drop queue counts: a local commit,
 *   another process's NOTIFY) and is not served after `maxAgeMs` of either the app clock or real time.
 * - Asks that find no answer while one is being computed for the same state wait for it instead of
 *   computing it again (after a change, every ops browser asks at once).
 * - An answer past its age, with no ticket changed since, is refreshed by the first ask; the others are
 *   served it meanwhile, so one ask a second pays for the computation, not all of them.
 */
@Injectable()
export class TicketAnswerCache {
  private readonly entries = new Map<string, Entry>();
  maxAgeMs = ANSWER_MAX_AGE_MS;

  constructor(
    private readonly counts: TicketCountCache,
    private readonly clock: Clock,
  ) {}

  /** `fresh`: the asker wants a newly computed answer (it is then kept for the others). */
  lookup(key: string, fresh = false): AnswerLookup {
    const now = performance.now();
    const changes = this.counts.changes;
    const entry = this.entries.get(key);
    const current = entry && entry.changes === changes ? entry : undefined;
    if (current && !fresh) {
      const computing = current.computing && now - current.computing.since < COMPUTE_LIMIT_MS ? current.computing : undefined;
      if (current.result && (youngerThan(current, this.maxAgeMs, this.clock, now) || computing)) return { hit: current.result };
      if (computing) return { wait: Promise.race([computing.done, after(COMPUTE_LIMIT_MS - (now - computing.since))]) };
    }
    let settle!: (r: Result | undefined) => void;
    const done = new Promise<Result | undefined>((resolve) => (settle = resolve));
    const computing: Computing = { since: now, done, settle };
    const mark: AnswerMark = { key, changes, at: this.clock.now().getTime(), startedAt: now, computing };
    if (fresh) return { compute: mark }; // nobody waits on an ask that skipped the kept answer
    if (current) current.computing = computing;
    else {
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(key, { changes, at: mark.at, startedAt: now, computing });
    }
    return { compute: mark };
  }

  /** The answer computed under `mark` (undefined if it failed): kept unless a ticket changed meanwhile, and given to waiters. */
  settle(mark: AnswerMark, result: Result | undefined): void {
    const entry = this.entries.get(mark.key);
    if (result && mark.changes === this.counts.changes) {
      markShared(result);
      this.entries.set(mark.key, { changes: mark.changes, at: mark.at, startedAt: mark.startedAt, result });
    } else if (entry && entry.computing === mark.computing) {
      if (entry.result) entry.computing = undefined;
      else this.entries.delete(mark.key);
    }
    mark.computing.settle(result);
  }
}
