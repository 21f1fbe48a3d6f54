import { useQuery } from 'urql';
import { TicketSettingsQuery } from './graphql/ticket-settings';

/** The co-op's working groups as select options, from `ticketSettings` (the platform seeds `working_groups`); empty while loading. */
export function useWorkingGroups(): { value: string; label: string }[] {
  const [{ data }] = useQuery({ query: TicketSettingsQuery });
  return data?.ticketSettings.workingGroups.map((g) => ({ value: g.slug, label: g.name })) ?? [];
}

export const QUEUE_VIEWS = [
  { view: 'TRIAGE', label: 'Triage', count: 'triage' },
  { view: 'HIGH_PRIORITY', label: 'High priority', count: 'highPriority' },
  { view: 'MINE', label: 'Mine', count: 'mine' },
  { view: 'UNASSIGNED', label: 'Unassigned', count: 'unassigned' },
  { view: 'ESCALATED', label: 'Escalated', count: 'escalated' },
  { view: 'OPEN', label: 'Open', count: 'open' },
  { view: 'DONE', label: 'Done', count: 'done' },
] as const;
