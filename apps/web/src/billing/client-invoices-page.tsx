import { Paper, Stack, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { useCurrentClient } from '../clients/use-current-client';
import { EmptyState, ErrorState, LoadingState } from '../common/page-states';
import { InvoicesQuery } from './graphql/billing';
import { InvoiceTable } from './invoice-table';

export function ClientInvoicesPage() {
  const { client } = useCurrentClient();
  const [{ data, error }, refetch] = useQuery({ query: InvoicesQuery, variables: { clientId: client?.id ?? '' }, pause: !client });
  return (
    <Stack>
      <Title order={1} size="h2">
        Invoices
      </Title>
      {error && !data ? (
        <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <LoadingState label="Loading invoices" />
      ) : data.invoices.length === 0 ? (
        <EmptyState title="No invoices yet">Invoices appear here when you buy a package.</EmptyState>
      ) : (
        <Paper withBorder radius="md">
          <InvoiceTable invoices={data.invoices} />
        </Paper>
      )}
    </Stack>
  );
}
