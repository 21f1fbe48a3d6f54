import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { Visibility } from './ticket-change';
import type { TicketQueueView } from './ticket-queue-views';

export const TICKET_CHANNEL = 'ticket_changes';

/** What one committed ticket change tells the live subscribers (small: NOTIFY payloads stay under 8 kB). */
export interface TicketSignal {
  ticketId: string;
  number: number;
  clientId: string;
  /** INTERNAL changes (notes, triage fields) never reach client subscribers. */
  visibility: Visibility;
  viewsBefore: TicketQueueView[];
  viewsAfter: TicketQueueView[];
  assigneeBefore: string | null;
  assigneeAfter: string | null;
}

type Listener = (signal: TicketSignal) => void;

/**
 * Live ticket updates across API processes: writers NOTIFY inside their transaction (delivered only if it
 * commits); every process LISTENs on one connection and hands signals to its own subscribers.
 */
@Injectable()
export class TicketLiveService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(TicketLiveService.name);
  private readonly listeners = new Set<Listener>();
  private readonly observers: Listener[] = [];
  private connection: PoolClient | null = null;
  private stopping = false;

  constructor(private readonly db: DataSource) {}

  async onModuleInit() {
    await this.connect();
  }

  private async connect() {
    const pool = (this.db.driver as PostgresDriver).master as { connect(): Promise<PoolClient> };
    const connection = await pool.connect();
    connection.on('notification', (msg) => {
      if (msg.channel !== TICKET_CHANNEL || !msg.payload) return;
      let signal: TicketSignal;
      try {
        signal = JSON.parse(msg.payload) as TicketSignal;
      } catch {
        return;
      }
      for (const observer of this.observers) observer(signal);
      for (const listener of this.listeners) listener(signal);
    });
    connection.on('error', (err) => {
      // Stays attached for the client's whole life (an 'error' without a listener would crash the process).
      if (this.connection !== connection) return;
      this.logger.warn({ err }, 'ticket LISTEN connection lost; reconnecting');
      this.connection = null;
      connection.release(err);
      if (!this.stopping) setTimeout(() => void this.connect().catch((e) => this.logger.error({ err: e }, 'LISTEN reconnect failed')), 1000);
    });
    await connection.query(`LISTEN ${TICKET_CHANNEL}`);
    this.connection = connection;
  }

  async onModuleDestroy() {
    this.stopping = true;
    const connection = this.connection;
    this.connection = null;
    if (connection) {
      await connection.query(`UNLISTEN ${TICKET_CHANNEL}`).catch(() => undefined);
      connection.removeAllListeners('notification');
      connection.release(true); // close it rather than hand a listening client back to the pool
    }
  }

  /** Calls `observer` with every signal this process hears (its own included), for the process's whole life. */
  onSignal(observer: Listener): void {
    this.observers.push(observer);
  }

  /** Queues the signal in the caller's transaction. */
  async signal(manager: EntityManager, signal: TicketSignal): Promise<void> {
    await manager.query('SELECT pg_notify($1, $2)', [TICKET_CHANNEL, JSON.stringify(signal)]);
  }

  /**
   * Signals that pass `accept`, mapped by `map` (a null result is skipped), as an async iterator that a
   * GraphQL subscription can return. Ends cleanly when the subscriber goes away.
   */
  subscribe<T>(accept: (s: TicketSignal) => boolean, map: (s: TicketSignal) => Promise<T | null>): AsyncIterableIterator<T> {
    const pending: TicketSignal[] = [];
    let wake: (() => void) | null = null;
    let done = false;
    const listener: Listener = (s) => {
      if (!accept(s)) return;
      pending.push(s);
      wake?.();
    };
    this.listeners.add(listener);
    const finish = () => {
      done = true;
      this.listeners.delete(listener);
      wake?.();
    };
    const iterator: AsyncIterableIterator<T> = {
      next: async () => {
        while (!done) {
          const s = pending.shift();
          if (s) {
            const value = await map(s).catch(() => null);
            if (value !== null) return { value, done: false };
            continue;
          }
          await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
        }
        return { value: undefined as never, done: true };
      },
      return: async () => {
        finish();
        return { value: undefined as never, done: true };
      },
      throw: async (err?: unknown) => {
        finish();
        throw err;
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }
}
