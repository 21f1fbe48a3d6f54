import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useCurrentClient } from '../clients/use-current-client';
import { EmptyState, ErrorState, LoadingState } from '../common/page-states';
import type { TicketStatus } from '../gql/graphql';
import { MyTicketsQuery } from './graphql/tickets';
import { CLIENT_STATUS } from './ticket-words';

const FILTERS: Record<string, { label: string; status: TicketStatus[] | null }> = {
  open: { label: 'Open', status: ['NEW', 'OPEN', 'PENDING_CLIENT', 'ON_HOLD'] },
  waiting: { label: 'Waiting for you', status: ['PENDING_CLIENT'] },
  done: { label: 'Resolved and closed', status: ['RESOLVED', 'CLOSED'] },
  all: { label: 'All', status: null },
};

export function ClientTicketsPage() {
  const { client, error: clientError, refetch: refetchClient } = useCurrentClient();
  const [filter, setFilter] = useState('open');
  const [{ data, error }, refetch] = useQuery({
    query: MyTicketsQuery,
    variables: { first: 50, filter: { clientId: client?.id ?? null, status: FILTERS[filter]!.status } },
    pause: !client,
  });
  if (clientError && !client) return <ErrorState error={clientError} retry={refetchClient} />;
  const newTicket = client && (
    <Button component={Link} to={`/c/${client.slug}/tickets/new`}>
      New ticket
    </Button>
  );
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Tickets
        </Title>
        {newTicket}
      </Group>
      <SegmentedControl
        aria-label="Which tickets"
        value={filter}
        onChange={setFilter}
        data={Object.entries(FILTERS).map(([value, f]) => ({ value, label: f.label }))}
        w="fit-content"
        maw="100%"
      />
      {error && !data ? (
        <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : !data || !client ? (
        <LoadingState label="Loading tickets" rows={5} />
      ) : data.myTickets.edges.length === 0 ? (
        <EmptyState title={filter === 'open' ? 'No open tickets' : 'No tickets here'} action={newTicket}>
          When something needs our attention, file a ticket: you get a number to quote, and every reply shows up here.
        </EmptyState>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={480}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={90}>Number</Table.Th>
                  <Table.Th>Subject</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Last activity</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.myTickets.edges.map(({ node: t }) => (
                  <Table.Tr key={t.id}>
                    <Table.Td>
                      <Text ff="monospace" fw={600}>
                        {t.displayNumber}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/c/${client.slug}/tickets/${t.number}`}>
                        {t.subject}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={CLIENT_STATUS[t.status].color}>
                        {CLIENT_STATUS[t.status].label}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{new Date(t.lastActivityAt).toLocaleString()}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}
