import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, LoadingState } from '../common/page-states';
import { OpsClientsQuery } from './graphql/ops';

const PAGE = 25;

/** Every client organisation, searchable; a row opens the client's portal as staff see it. */
export function OpsClientsPage() {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: OpsClientsQuery,
    variables: { first: PAGE, after, filter: debounced ? { search: debounced } : null },
  });
  const connection = data?.clients;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          Clients
          {connection && (
            <Text span c="dimmed" fz="lg" ml="sm">
              {connection.totalCount}
            </Text>
          )}
        </Title>
        <TextInput
          label="Search clients"
          placeholder="Name or slug"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setAfter(null);
          }}
          w={260}
        />
      </Group>
      {error && !connection ? (
        <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : !connection ? (
        <LoadingState label="Loading clients" rows={6} />
      ) : connection.edges.length === 0 ? (
        <EmptyState title={debounced ? 'No client matches' : 'No clients yet'}>
          {debounced ? 'Try another name.' : 'Clients appear here when they sign up and create their organisation.'}
        </EmptyState>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs" highlightOnHover aria-busy={fetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Slug</Table.Th>
                  <Table.Th>Billing email</Table.Th>
                  <Table.Th>Since</Table.Th>
                  <Table.Th>
                    <span className="visually-hidden">Billing</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {connection.edges.map(({ node }) => (
                  <Table.Tr key={node.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/c/${node.slug}`}>
                        {node.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text ff="monospace" size="sm">
                        {node.slug}
                      </Text>
                    </Table.Td>
                    <Table.Td>{node.billingEmail ?? '—'}</Table.Td>
                    <Table.Td>{new Date(node.createdAt).toLocaleDateString()}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/ops/clients/${node.slug}/invoices`} size="sm" aria-label={`Invoices of ${node.name}`}>
                        Invoices
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {connection?.pageInfo.hasNextPage && (
        <Group>
          <Button variant="default" onClick={() => setAfter(connection.pageInfo.endCursor ?? null)}>
            Next page
          </Button>
          {after && (
            <Button variant="subtle" onClick={() => setAfter(null)}>
              Back to the first page
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
