import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, matchRoutes, Navigate, Outlet, type RouteObject } from 'react-router';
import { PageLoader } from '../common/page-states';
import { PortalLayout } from '../layout/portal-layout';
import { RequireAuth } from '../layout/require-auth';
import { NotFoundPage } from './not-found-page';

/** How to load each code-split page's module, by its element (for preloadRoute). */
const loaders = new WeakMap<object, () => Promise<unknown>>();

/** A code-split page: its module loads the first time the route is visited (or preloadRoute asks). */
function page<K extends string>(load: () => Promise<{ [P in K]: ComponentType }>, name: K) {
  const Component = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  const element = <Component />;
  loaders.set(element, load);
  return element;
}

function Root() {
  return (
    <Suspense fallback={<PageLoader />}>
      <Outlet />
    </Suspense>
  );
}

const routes: RouteObject[] = [
  {
    element: <Root />,
    children: [
      { path: '/login', element: page(() => import('../auth/log-in-page'), 'LogInPage') },
      { path: '/signup', element: page(() => import('../auth/sign-up-page'), 'SignUpPage') },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <PortalLayout />,
            children: [
              { path: '/', element: page(() => import('../clients/home-redirect'), 'HomeRedirect') },
              { path: '/organisations/new', element: page(() => import('../clients/create-client-page'), 'CreateClientPage') },
              { path: '/invitations/accept', element: page(() => import('../clients/accept-invitation-page'), 'AcceptInvitationPage') },
              { path: '/account', element: page(() => import('../auth/account-page'), 'AccountPage') },
              { path: '/c/:slug', element: page(() => import('../clients/client-overview-page'), 'ClientOverviewPage') },
              { path: '/c/:slug/members', element: page(() => import('../clients/members-page'), 'MembersPage') },
              { path: '/c/:slug/tickets', element: page(() => import('../tickets/client-tickets-page'), 'ClientTicketsPage') },
              { path: '/c/:slug/tickets/new', element: page(() => import('../tickets/new-ticket-page'), 'NewTicketPage') },
              { path: '/c/:slug/services', element: page(() => import('../services/client-services-page'), 'ClientServicesPage') },
              { path: '/c/:slug/packages', element: page(() => import('../billing/packages-page'), 'PackagesPage') },
              { path: '/c/:slug/invoices', element: page(() => import('../billing/client-invoices-page'), 'ClientInvoicesPage') },
              { path: '/c/:slug/tickets/:number', element: page(() => import('../tickets/client-ticket-page'), 'ClientTicketPage') },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
      {
        path: '/ops',
        element: <RequireAuth staff />,
        children: [
          {
            element: page(() => import('../ops/ops-layout'), 'OpsLayout'),
            children: [
              { index: true, element: <Navigate to="/ops/queue" replace /> },
              { path: 'clients', element: page(() => import('../ops/ops-clients-page'), 'OpsClientsPage') },
              { path: 'queue', element: page(() => import('../tickets/ops-queue-page'), 'OpsQueuePage') },
              { path: 'tickets/:number', element: page(() => import('../tickets/ops-ticket-page'), 'OpsTicketPage') },
              { path: 'triage-rota', element: page(() => import('../tickets/triage-rota-page'), 'TriageRotaPage') },
              { path: 'services', element: page(() => import('../services/ops-services-page'), 'OpsServicesPage') },
              { path: 'clients/:slug/invoices', element: page(() => import('../billing/ops-invoices-page'), 'OpsInvoicesPage') },
              { path: 'staff', element: page(() => import('../ops/ops-staff-page'), 'OpsStaffPage') },
              {
                path: 'admin',
                element: page(() => import('../admin/require-admin'), 'RequireAdmin'),
                children: [
                  { index: true, element: <Navigate to="/ops/admin/packages" replace /> },
                  { path: 'packages', element: page(() => import('../admin/admin-packages-page'), 'AdminPackagesPage') },
                  { path: 'partners', element: page(() => import('../admin/admin-partners-page'), 'AdminPartnersPage') },
                  { path: 'tickets', element: page(() => import('../admin/admin-ticket-settings-page'), 'AdminTicketSettingsPage') },
                  { path: 'economics', element: page(() => import('../admin/admin-economics-page'), 'AdminEconomicsPage') },
                ],
              },
              { path: '*', element: <Navigate to="/ops" replace /> },
            ],
          },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);

/**
 * Starts loading the modules of every page on the route to `pathname` at once, while the session is
 * still being checked, instead of one after the other as each layout renders its outlet.
 */
export function preloadRoute(pathname: string): void {
  for (const { route } of matchRoutes(routes, pathname) ?? []) {
    const load = route.element ? loaders.get(route.element as object) : undefined;
    void load?.().catch(() => undefined); // a failed preload is retried by the page itself, which shows the error
  }
}

