import { describe, expect, it } from 'vitest';
import {
  assertTransition,
  canTransition,
  isOpenStatus,
  movesFrom,
  slaClockMode,
  slaClockRuns,
  statusAfterPublicMessage,
  TICKET_STATUSES,
  type TicketActor,
} from './ticket-lifecycle';
import { TicketErrorCode, TicketException } from './tickets.exception';

const ACTORS: TicketActor[] = ['CLIENT', 'STAFF', 'SYSTEM'];

// Written out by hand, independently of the table: "from>to:actors".
const EXPECTED_ALLOWED = new Set([
  'NEW>OPEN:STAFF', 'NEW>OPEN:SYSTEM',
  'NEW>RESOLVED:STAFF',
  'NEW>CLOSED:CLIENT', 'NEW>CLOSED:STAFF', 'NEW>CLOSED:SYSTEM',
  'OPEN>PENDING_CLIENT:STAFF', 'OPEN>ON_HOLD:STAFF', 'OPEN>RESOLVED:STAFF',
  'OPEN>CLOSED:CLIENT', 'OPEN>CLOSED:STAFF', 'OPEN>CLOSED:SYSTEM',
  'PENDING_CLIENT>OPEN:CLIENT', 'PENDING_CLIENT>OPEN:STAFF', 'PENDING_CLIENT>OPEN:SYSTEM',
  'PENDING_CLIENT>ON_HOLD:STAFF', 'PENDING_CLIENT>RESOLVED:STAFF',
  'PENDING_CLIENT>CLOSED:CLIENT', 'PENDING_CLIENT>CLOSED:STAFF', 'PENDING_CLIENT>CLOSED:SYSTEM',
  'ON_HOLD>OPEN:STAFF', 'ON_HOLD>OPEN:SYSTEM',
  'ON_HOLD>PENDING_CLIENT:STAFF', 'ON_HOLD>RESOLVED:STAFF',
  'ON_HOLD>CLOSED:CLIENT', 'ON_HOLD>CLOSED:STAFF', 'ON_HOLD>CLOSED:SYSTEM',
  'RESOLVED>OPEN:CLIENT', 'RESOLVED>OPEN:STAFF', 'RESOLVED>OPEN:SYSTEM',
  'RESOLVED>CLOSED:CLIENT', 'RESOLVED>CLOSED:STAFF', 'RESOLVED>CLOSED:SYSTEM',
]);

describe('ticket lifecycle table', () => {
  for (const from of TICKET_STATUSES) {
    for (const to of TICKET_STATUSES) {
      for (const actor of ACTORS) {
        const key = `${from}>${to}:${actor}`;
        if (EXPECTED_ALLOWED.has(key)) {
          it(`lets ${actor} move ${from} -> ${to}`, () => {
            expect(canTransition(from, to, actor)).toBe(true);
            expect(assertTransition(from, to, actor)).toBe(to);
          });
        } else {
          it(`refuses ${actor} moving ${from} -> ${to}, naming both states`, () => {
            expect(canTransition(from, to, actor)).toBe(false);
            let thrown: unknown;
            try {
              assertTransition(from, to, actor);
            } catch (e) {
              thrown = e;
            }
            expect(thrown).toBeInstanceOf(TicketException);
            const error = thrown as TicketException;
            expect(error.ticketCode).toBe(TicketErrorCode.INVALID_TRANSITION);
            expect(error.message).toContain(from);
            expect(error.message).toContain(to);
          });
        }
      }
    }
  }

  it('treats CLOSED as final for everyone', () => {
    for (const actor of ACTORS) expect(movesFrom('CLOSED', actor)).toEqual([]);
  });

  it('never lets a client park a ticket or resolve it for the staff', () => {
    for (const from of TICKET_STATUSES) {
      expect(canTransition(from, 'PENDING_CLIENT', 'CLIENT')).toBe(false);
      expect(canTransition(from, 'ON_HOLD', 'CLIENT')).toBe(false);
      expect(canTransition(from, 'RESOLVED', 'CLIENT')).toBe(false);
    }
  });

  it('says which moves exist for whom', () => {
    expect(movesFrom('OPEN', 'STAFF')).toEqual(['PENDING_CLIENT', 'ON_HOLD', 'RESOLVED', 'CLOSED']);
    expect(movesFrom('RESOLVED', 'CLIENT')).toEqual(['OPEN', 'CLOSED']);
    expect(movesFrom('NEW', 'CLIENT')).toEqual(['CLOSED']);
  });

  it('names the actor when the move exists but not for them', () => {
    expect(() => assertTransition('OPEN', 'RESOLVED', 'CLIENT')).toThrow(/client cannot move a ticket from OPEN to RESOLVED/);
    expect(() => assertTransition('CLOSED', 'OPEN', 'STAFF')).toThrow(/cannot move from CLOSED to OPEN/);
  });
});

describe('SLA clock per state', () => {
  it('runs only while the ticket waits on us', () => {
    expect(TICKET_STATUSES.filter(slaClockRuns)).toEqual(['NEW', 'OPEN']);
  });

  it('pauses while waiting on the client or on hold, and stops once resolved or closed', () => {
    expect(slaClockMode('PENDING_CLIENT')).toBe('PAUSED');
    expect(slaClockMode('ON_HOLD')).toBe('PAUSED');
    expect(slaClockMode('RESOLVED')).toBe('STOPPED');
    expect(slaClockMode('CLOSED')).toBe('STOPPED');
  });

  it('counts everything but RESOLVED and CLOSED as open', () => {
    expect(TICKET_STATUSES.filter(isOpenStatus)).toEqual(['NEW', 'OPEN', 'PENDING_CLIENT', 'ON_HOLD']);
  });
});

describe('status after a public message', () => {
  it('reopens a ticket waiting on the client or resolved when the client replies', () => {
    expect(statusAfterPublicMessage('PENDING_CLIENT', 'CLIENT')).toBe('OPEN');
    expect(statusAfterPublicMessage('RESOLVED', 'CLIENT')).toBe('OPEN');
  });

  it('leaves other states alone on a client reply', () => {
    for (const s of ['NEW', 'OPEN', 'ON_HOLD', 'CLOSED'] as const) expect(statusAfterPublicMessage(s, 'CLIENT')).toBeNull();
  });

  it('opens a new ticket on the first staff reply and changes nothing else', () => {
    expect(statusAfterPublicMessage('NEW', 'STAFF')).toBe('OPEN');
    for (const s of ['OPEN', 'PENDING_CLIENT', 'ON_HOLD', 'RESOLVED', 'CLOSED'] as const) {
      expect(statusAfterPublicMessage(s, 'STAFF')).toBeNull();
    }
  });

  it('only proposes moves the table allows for the author', () => {
    for (const s of TICKET_STATUSES) {
      for (const author of ['CLIENT', 'STAFF'] as const) {
        const next = statusAfterPublicMessage(s, author);
        if (next) expect(canTransition(s, next, author === 'CLIENT' ? 'CLIENT' : 'SYSTEM')).toBe(true);
      }
    }
  });
});
