import { Container } from '@mantine/core';
import { Navigate } from 'react-router';
import { useQuery } from 'urql';
import { ErrorState, PageLoader } from '../common/page-states';
import { useMe } from '../layout/me-context';
import { MyClientsQuery } from './graphql/clients';
import { lastClient } from './last-client';

/** `/`: the organisation the user last used, else their first; staff without one go to the console. */
export function HomeRedirect() {
  const me = useMe();
  const [{ data, error }, refetch] = useQuery({ query: MyClientsQuery });
  if (error && !data)
    return (
      <Container size="sm" py="xl">
        <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      </Container>
    );
  if (!data) return <PageLoader />;
  const clients = data.myClients;
  if (clients.length === 0) return <Navigate to={me.staffRole ? '/ops' : '/organisations/new'} replace />;
  const last = lastClient();
  const target = clients.find((c) => c.slug === last) ?? clients[0]!;
  return <Navigate to={`/c/${target.slug}`} replace />;
}
