import { describe, expect, it } from 'vitest';
import { errorCode, ok, useTicketWorld } from './ticket-fixtures';

const SETTINGS = `{ ticketSettings { workingGroups { id slug name } sla { priority firstResponseMinutes resolutionMinutes } autoCloseDays } }`;

describe('ticket settings', () => {
  const w = useTicketWorld({ env: { TICKET_SLA_HIGH: '30m/6h', TICKET_AUTO_CLOSE_DAYS: '5' } });

  it('shows staff the seeded working groups and the SLA the process booted with', async () => {
    const settings = ok<any>(await w.t.gql(SETTINGS, {}, { token: w.ops.token }), 'ticketSettings');
    expect(settings.workingGroups.map((g: { slug: string }) => g.slug)).toEqual(['business-planning', 'finance', 'governance', 'infra-ops']);
    expect(settings.workingGroups.find((g: { slug: string }) => g.slug === 'infra-ops').name).toBe('Infra ops');
    expect(settings.sla).toEqual([
      { priority: 'HIGH', firstResponseMinutes: 30, resolutionMinutes: 360 },
      { priority: 'MEDIUM', firstResponseMinutes: 240, resolutionMinutes: 3 * 24 * 60 },
      { priority: 'LOW', firstResponseMinutes: 24 * 60, resolutionMinutes: 10 * 24 * 60 },
    ]);
    expect(settings.autoCloseDays).toBe(5);
  });

  it('lists a working group added to the table', async () => {
    await w.t.db.query(`INSERT INTO working_groups (slug, name) VALUES ('outreach', 'Outreach')`);
    const settings = ok<any>(await w.t.gql(SETTINGS, {}, { token: w.ops.token }), 'ticketSettings');
    expect(settings.workingGroups.map((g: { slug: string }) => g.slug)).toContain('outreach');
  });

  it('is not readable by client members, nor without a session', async () => {
    const asClient = await w.t.gql(SETTINGS, {}, { token: w.member.token });
    expect(errorCode(asClient)).toBe('FORBIDDEN');
    expect(asClient.data?.ticketSettings ?? null).toBeNull();
    expect(errorCode(await w.t.gql(SETTINGS, {}))).toBe('UNAUTHENTICATED');
  });
});
