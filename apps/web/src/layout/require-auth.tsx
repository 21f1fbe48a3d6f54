import { Container } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { MeQuery } from '../auth/graphql/auth';
import { errorCode } from '../common/graphql-errors';
import { ErrorState, PageLoader } from '../common/page-states';
import { MeContext } from './me-context';

/** Routes below need a session; without one the user goes to the login page and comes back after. */
export function RequireAuth({ staff = false }: { staff?: boolean }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: MeQuery });
  const location = useLocation();
  if (errorCode(error) === 'UNAUTHENTICATED') {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (!data) {
    if (fetching || !error) return <PageLoader />;
    return (
      <Container size="sm" py="xl">
        <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      </Container>
    );
  }
  if (staff && !data.me.staffRole) return <Navigate to="/" replace />;
  return (
    <MeContext.Provider value={data.me}>
      <Outlet />
    </MeContext.Provider>
  );
}
