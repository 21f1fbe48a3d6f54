/** The client portal's sections, in the order of the side navigation (paths under /c/:slug). */
export const portalSections: { path: string; label: string }[] = [
  { path: '', label: 'Overview' },
  { path: '/tickets', label: 'Tickets' },
  { path: '/services', label: 'Services' },
  { path: '/packages', label: 'Packages' },
  { path: '/invoices', label: 'Invoices' },
  { path: '/members', label: 'Members' },
];
