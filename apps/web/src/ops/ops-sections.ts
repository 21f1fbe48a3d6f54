/** The ops console's sections, in the order of its side navigation. */
export const opsSections: { path: string; label: string; adminOnly?: boolean }[] = [
  { path: '/ops/queue', label: 'Ticket queue' },
  { path: '/ops/triage-rota', label: 'Triage rota' },
  { path: '/ops/services', label: 'Services' },
  { path: '/ops/clients', label: 'Clients' },
  { path: '/ops/staff', label: 'Staff', adminOnly: true },
  { path: '/ops/admin/packages', label: 'Packages & prices', adminOnly: true },
  { path: '/ops/admin/partners', label: 'Partners', adminOnly: true },
  { path: '/ops/admin/tickets', label: 'Tickets & SLA', adminOnly: true },
  { path: '/ops/admin/economics', label: 'Economics', adminOnly: true },
];
