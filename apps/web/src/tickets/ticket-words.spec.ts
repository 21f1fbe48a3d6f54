import { describe, expect, it } from 'vitest';
import { CLIENT_STATUS, eventValueWords, eventWords, linkWords, moveSelection, priorityLabel, shortDuration, slaBadge } from './ticket-words';

const now = new Date('2026-11-26T12:00:00Z');
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();

describe('slaBadge', () => {
  it('counts down to a deadline, orange within the hour', () => {
    expect(slaBadge('Response', { dueAt: at(180), state: 'DUE', paused: false }, now)).toMatchObject({ label: 'Response: due in 3h', color: 'blue' });
    expect(slaBadge('Response', { dueAt: at(45), state: 'DUE', paused: false }, now)).toMatchObject({ label: 'Response: due in 45m', color: 'orange' });
  });

  it('shows a breach in red with how long ago, even before the server marks it', () => {
    expect(slaBadge('Resolution', { dueAt: at(-90), state: 'BREACHED', paused: false }, now)).toMatchObject({ label: 'Resolution: breached 1h 30m ago', color: 'red' });
    expect(slaBadge('Resolution', { dueAt: at(-5), state: 'DUE', paused: false }, now).color).toBe('red');
  });

  it('says met, and paused while waiting on the client', () => {
    expect(slaBadge('Response', { dueAt: at(-600), state: 'MET', paused: false }, now)).toMatchObject({ label: 'Response: met', color: 'teal' });
    expect(slaBadge('Resolution', { dueAt: at(600), state: 'DUE', paused: true }, now)).toMatchObject({ label: 'Resolution: paused', color: 'gray' });
  });
});

describe('words', () => {
  it('tells a client in plain words what a status means for them', () => {
    expect(CLIENT_STATUS.PENDING_CLIENT.label).toBe('Waiting for you');
    expect(CLIENT_STATUS.RESOLVED.label).toBe('Resolved');
  });

  it('shows priorities as stars and untriaged when there is none', () => {
    expect(priorityLabel('HIGH')).toBe('High ★★★');
    expect(priorityLabel('LOW')).toBe('Low ★☆☆');
    expect(priorityLabel(null)).toBe('Untriaged');
  });

  it('shortens durations', () => {
    expect(shortDuration(20_000)).toBe('1m');
    expect(shortDuration(90 * 60_000)).toBe('1h 30m');
    expect(shortDuration(50 * 3_600_000)).toBe('2d 2h');
    expect(shortDuration(72 * 3_600_000)).toBe('3d');
  });
});

describe('moveSelection', () => {
  it('moves within the list and starts at an end', () => {
    expect(moveSelection(-1, 1, 5)).toBe(0);
    expect(moveSelection(-1, -1, 5)).toBe(4);
    expect(moveSelection(4, 1, 5)).toBe(4);
    expect(moveSelection(0, -1, 5)).toBe(0);
    expect(moveSelection(2, 1, 0)).toBe(-1);
  });
});

describe('linkWords', () => {
  it('reads a link from the side of the ticket being looked at', () => {
    expect(linkWords('DUPLICATE_OF', 'OUTGOING')).toBe('Duplicate of');
    expect(linkWords('DUPLICATE_OF', 'INCOMING')).toBe('Duplicated by');
    expect(linkWords('FOLLOW_UP_OF', 'INCOMING')).toBe('Followed up in');
    expect(linkWords('RELATES_TO', 'INCOMING')).toBe('Relates to');
  });
});

describe('eventWords', () => {
  it('reads event kinds as words', () => {
    expect(eventWords('WORKING_GROUP')).toBe('working group');
    expect(eventWords('PRIORITY')).toBe('priority');
  });
});

describe('eventValueWords', () => {
  it('reads API names in an event value as words and leaves numbers, slugs and labels alone', () => {
    expect(eventValueWords('DUPLICATE_OF #11')).toBe('duplicate of #11');
    expect(eventValueWords('PENDING_CLIENT')).toBe('pending client');
    expect(eventValueWords('HIGH')).toBe('high');
    expect(eventValueWords('infra-ops')).toBe('infra-ops');
    expect(eventValueWords('#1042')).toBe('#1042');
  });
});
