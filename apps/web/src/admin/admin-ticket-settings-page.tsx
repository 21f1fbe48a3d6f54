import { Code, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, LoadingState } from '../common/page-states';
import { TicketSettingsQuery } from '../tickets/graphql/ticket-settings';
import { priorityLabel, shortDuration } from '../tickets/ticket-words';

/** 90 -> "90m", 480 -> "8h", 4320 -> "3d": the notation TICKET_SLA_* takes. */
function envDuration(minutes: number): string {
  return minutes % 1440 === 0 ? `${minutes / 1440}d` : minutes % 60 === 0 ? `${minutes / 60}h` : `${minutes}m`;
}

/** Admins: the working groups and the SLA, read-only, with where each is set. */
export function AdminTicketSettingsPage() {
  const [{ data, error }, refetch] = useQuery({ query: TicketSettingsQuery });
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingState label="Loading ticket settings" rows={5} />;
  const { workingGroups, sla, autoCloseDays } = data.ticketSettings;
  return (
    <Stack>
      <Title order={1} size="h2">
        Tickets &amp; SLA
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="sla-heading">
          <Stack gap="sm">
            <Title order={2} size="h4" id="sla-heading">
              SLA targets
            </Title>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Priority</Table.Th>
                  <Table.Th>First response</Table.Th>
                  <Table.Th>Resolution</Table.Th>
                  <Table.Th>Set by</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sla.map((t) => (
                  <Table.Tr key={t.priority}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{priorityLabel(t.priority)}</Table.Td>
                    <Table.Td>{shortDuration(t.firstResponseMinutes * 60_000)}</Table.Td>
                    <Table.Td>{shortDuration(t.resolutionMinutes * 60_000)}</Table.Td>
                    <Table.Td>
                      <Code>
                        TICKET_SLA_{t.priority}={envDuration(t.firstResponseMinutes)}/{envDuration(t.resolutionMinutes)}
                      </Code>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="sm">
              A resolved ticket closes by itself after <strong>{autoCloseDays} days</strong> (<Code>TICKET_AUTO_CLOSE_DAYS</Code>).
            </Text>
            <Text size="sm" c="dimmed">
              These come from the server’s environment (<Code>TICKET_SLA_HIGH</Code>, <Code>TICKET_SLA_MEDIUM</Code>, <Code>TICKET_SLA_LOW</Code> as
              first response/resolution, e.g. <Code>1h/8h</Code>) and are read once at start. They are read-only here on purpose: a ticket’s
              deadlines are worked out and stored on the ticket when its priority is set, so changing the targets only affects tickets
              triaged after the next restart, never the deadlines clients have already been given.
            </Text>
          </Stack>
        </Paper>
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="groups-heading">
          <Stack gap="sm">
            <Title order={2} size="h4" id="groups-heading">
              Working groups
            </Title>
            {workingGroups.length === 0 ? (
              <EmptyState title="No working groups">The platform seeds them with its first migration; ask whoever runs the database.</EmptyState>
            ) : (
              <List spacing={4}>
                {workingGroups.map((g) => (
                  <List.Item key={g.id}>
                    {g.name}{' '}
                    <Text span size="sm" c="dimmed" ff="monospace">
                      {g.slug}
                    </Text>
                  </List.Item>
                ))}
              </List>
            )}
            <Text size="sm" c="dimmed">
              Triage sorts every ticket into one of these. The list lives in the database (<Code>working_groups</Code>), seeded by the platform;
              the queue’s filters and the ticket page read it from here.
            </Text>
          </Stack>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
