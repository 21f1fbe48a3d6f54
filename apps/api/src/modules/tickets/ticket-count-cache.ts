import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager, type EntitySubscriberInterface, type QueryRunner, type TransactionCommitEvent } from 'typeorm';
import { Clock } from '../../common/clock';
import { TicketLiveService } from './ticket-live.service';

/**
 * How long a count may be served without a ticket change. Only ESCALATED changes by time alone, and
 * TicketEscalationJob signals those changes every minute; this bounds the rest (a process without
 * that job, a write by hand in SQL).
 */
export const COUNT_MAX_AGE_MS = 60_000;

/** When something was remembered: by the app clock (tests move it) and by real time. */
export interface Stamp {
  at: number;
  startedAt: number;
}

/** A stamp younger than `maxAgeMs` by both clocks (an app clock moved back counts as old). */
export function youngerThan(stamp: Stamp, maxAgeMs: number, clock: Clock, now = performance.now()): boolean {
  const at = clock.now().getTime();
  return at >= stamp.at && at - stamp.at < maxAgeMs && now - stamp.startedAt < maxAgeMs;
}

/** Filters with free text make many keys; past this many, start over rather than grow. */
const MAX_ENTRIES = 1000;

interface Entry extends Stamp {
  value: Promise<unknown>;
}

/**
 * Queue counts, remembered until a ticket changes. Counting a view of 100,000 open tickets costs tens of
 * milliseconds, and every queue page and live refresh of every ops member asks for the same few counts.
 *
 * Forgotten (all of them) when a transaction that wrote a ticket commits in this process, before its
 * caller answers (so a writer reads its own change), when another process's change arrives over
 * LISTEN/NOTIFY (TicketEscalationJob's signals for tickets escalated by time included), and after
 * `maxAgeMs` of either the app clock or real time. Concurrent asks for the same count share one query.
 */
@Injectable()
export class TicketCountCache implements OnModuleInit, EntitySubscriberInterface {
  private readonly entries = new Map<string, Entry>();
  private readonly writers = new WeakSet<QueryRunner>();
  maxAgeMs = COUNT_MAX_AGE_MS;
  /** How many times counts were forgotten: other caches of ticket reads compare it to see a change. */
  changes = 0;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly live: TicketLiveService,
  ) {}

  onModuleInit() {
    this.db.subscribers.push(this);
    this.live.onSignal(() => this.clear());
  }

  /** Marks the caller's transaction as one that changes tickets: its commit forgets every count. */
  noteWrite(m: EntityManager): void {
    if (m.queryRunner?.isTransactionActive) this.writers.add(m.queryRunner);
    else this.clear();
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const runner = event.queryRunner;
    if (runner.isTransactionActive || !this.writers.has(runner)) return; // a savepoint, or no ticket written
    this.writers.delete(runner);
    this.clear();
  }

  /** The count under `key`, computed by `count` if none is remembered. */
  get<T>(key: string, count: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && youngerThan(hit, this.maxAgeMs, this.clock)) return hit.value as Promise<T>;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    const entry: Entry = { at: this.clock.now().getTime(), startedAt: performance.now(), value: count() };
    this.entries.set(key, entry);
    entry.value.catch(() => this.entries.get(key) === entry && this.entries.delete(key));
    return entry.value as Promise<T>;
  }

  clear(): void {
    this.changes++;
    this.entries.clear();
  }
}
