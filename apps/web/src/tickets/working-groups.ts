/** The co-op's working groups, as the platform seeds them (`working_groups`); the API has no query for them yet. */
export const WORKING_GROUPS = [
  { value: 'infra-ops', label: 'Infra ops' },
  { value: 'finance', label: 'Finance' },
  { value: 'governance', label: 'Governance' },
  { value: 'business-planning', label: 'Business planning' },
];

export const QUEUE_VIEWS = [
  { view: 'TRIAGE', label: 'Triage', count: 'triage' },
  { view: 'HIGH_PRIORITY', label: 'High priority', count: 'highPriority' },
  { view: 'MINE', label: 'Mine', count: 'mine' },
  { view: 'UNASSIGNED', label: 'Unassigned', count: 'unassigned' },
  { view: 'ESCALATED', label: 'Escalated', count: 'escalated' },
  { view: 'OPEN', label: 'Open', count: 'open' },
  { view: 'DONE', label: 'Done', count: 'done' },
] as const;
