import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, expect } from 'vitest';
import { createClient, createUser, loginAs, type TestClient, type TestUser } from '../support/factories';
import { startTestApp, type GqlResult, type TestApp, type TestAppOptions } from '../support/test-app';

export const TICKET_FIELDS = `
  id number displayNumber subject body status priority version labels serviceId mergedIntoNumber
  createdAt updatedAt lastActivityAt closedAt availableMoves
  client { id slug } requester { id name } assignee { id name } workingGroup { slug }
  sla { firstResponse { dueAt state paused reachedAt } resolution { dueAt state paused reachedAt } }`;

export const FILE_TICKET = `mutation ($input: FileTicketInput!) { fileTicket(input: $input) { ${TICKET_FIELDS} } }`;
export const TICKET = `query ($number: Int!) { ticket(number: $number) { ${TICKET_FIELDS}
  messageCount messages { id kind body author createdAt fromStaff }
  events { at kind actor from to } links { kind direction ticket { number } } } }`;
export const REPLY = `mutation ($input: ReplyToTicketInput!) { replyToTicket(input: $input) { ${TICKET_FIELDS} } }`;
export const NOTE = `mutation ($input: AddInternalNoteInput!) { addInternalNote(input: $input) { ${TICKET_FIELDS} } }`;
export const UPDATE = `mutation ($input: UpdateTicketInput!) { updateTicket(input: $input) { ${TICKET_FIELDS} } }`;
export const CLOSE = `mutation ($input: TicketVersionInput!) { closeTicket(input: $input) { ${TICKET_FIELDS} } }`;
export const REOPEN = `mutation ($input: TicketVersionInput!) { reopenTicket(input: $input) { ${TICKET_FIELDS} } }`;

export type Ticket = {
  id: string;
  number: number;
  status: string;
  priority: string | null;
  version: number;
  labels: string[];
  [k: string]: any;
};

export type Party = { user: TestUser; token: string };

/** A client with one member, and an OPS staff member. */
export async function setupParties(t: TestApp): Promise<{ client: TestClient; member: Party; ops: Party }> {
  const owner = await createUser(t, { name: 'Cleo Client' });
  const client = await createClient(t, owner);
  const staff = await createUser(t, { name: 'Olga Ops', email: `olga-${client.slug}@coop.test`, staffRole: 'OPS' });
  return {
    client,
    member: { user: owner, token: await loginAs(t, owner) },
    ops: { user: staff, token: await loginAs(t, staff) },
  };
}

export type TicketWorld = {
  t: TestApp;
  member: Party;
  ops: Party;
  clientId: string;
  /** graphql-ws clients to close before the app. */
  live: Client[];
};

/** For the enclosing describe: an app of its own with one client (and its member) and one OPS member. */
export function useTicketWorld(options?: TestAppOptions): TicketWorld {
  const world = { live: [] as Client[] } as TicketWorld;
  beforeAll(async () => {
    world.t = await startTestApp(options);
    const parties = await setupParties(world.t);
    Object.assign(world, { member: parties.member, ops: parties.ops, clientId: parties.client.id });
  });
  afterAll(async () => {
    for (const client of world.live) await client.dispose();
    await world.t?.close();
  });
  return world;
}

/** The data of a GraphQL result that must have succeeded. */
export function ok<T = any>(res: GqlResult, field: string): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data![field] as T;
}

export function errorCode(res: GqlResult): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

export async function fileTicket(t: TestApp, token: string, clientId: string, subject = 'Mail is down', body = 'Nothing arrives since 9:00'): Promise<Ticket> {
  return ok<Ticket>(await t.gql(FILE_TICKET, { input: { clientId, subject, body } }, { token }), 'fileTicket');
}

export async function update(t: TestApp, token: string, ticket: Ticket, fields: Record<string, unknown>): Promise<Ticket> {
  return ok<Ticket>(await t.gql(UPDATE, { input: { ticketId: ticket.id, version: ticket.version, ...fields } }, { token }), 'updateTicket');
}
