import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export type LiveSubscription = {
  events: any[];
  errors: unknown[];
  /** Resolves once `count` events have arrived (or rejects after `ms`). */
  waitFor(count: number, ms?: number): Promise<any[]>;
  close(): Promise<void>;
};

/** A graphql-ws client on the test app, authenticated by a bearer token in connectionParams. */
export function liveClient(url: string, token: string): Client {
  return createClient({
    url: url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
  });
}

export function subscribe(client: Client, query: string, variables: Record<string, unknown>): LiveSubscription {
  const events: any[] = [];
  const errors: unknown[] = [];
  let notify = () => {};
  const dispose = client.subscribe(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(...value.errors);
        else events.push(value.data);
        notify();
      },
      error: (err) => {
        errors.push(err);
        notify();
      },
      complete: () => {},
    },
  );
  return {
    events,
    errors,
    waitFor(count, ms = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`waited ${ms} ms for ${count} events, got ${events.length}: ${JSON.stringify(errors)}`)), ms);
        const check = () => {
          if (events.length >= count) {
            clearTimeout(timer);
            resolve(events);
          } else if (errors.length) {
            clearTimeout(timer);
            reject(new Error(JSON.stringify(errors)));
          }
        };
        notify = check;
        check();
      });
    },
    async close() {
      dispose();
    },
  };
}

/** Gives NOTIFY time to travel (LISTEN connection -> subscriber) when asserting that nothing arrives. */
export const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));
