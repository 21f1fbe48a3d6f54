import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { serviceStatusWords } from '../services/service-words';
import { CLIENT_STATUS } from '../tickets/ticket-words';
import { DashboardInvoicesQuery, DashboardServicesQuery, DashboardTicketsQuery } from './graphql/dashboard';

type Client = { id: string; slug: string };

function DashboardCard({ title, to, count, failed, children }: { title: string; to: string; count: number | null; failed: boolean; children: ReactNode }) {
  return (
    <Card withBorder radius="md" component="section" aria-label={title}>
      <Group justify="space-between" mb={6}>
        <Anchor component={Link} to={to} fw={600}>
          {title}
        </Anchor>
        {count !== null && (
          <Text fz={28} fw={700} lh={1}>
            {count}
          </Text>
        )}
      </Group>
      {failed ? (
        <Text size="sm" c="dimmed">
          Not available right now.
        </Text>
      ) : (
        children
      )}
    </Card>
  );
}

/** Open tickets, with the ones waiting for the client first. */
export function OpenTicketsCard({ client }: { client: Client }) {
  const [{ data, error }] = useQuery({ query: DashboardTicketsQuery, variables: { clientId: client.id } });
  const tickets = data?.myTickets.edges.map((e) => e.node) ?? [];
  return (
    <DashboardCard title="Open tickets" to={`/c/${client.slug}/tickets`} count={data ? data.myTickets.totalCount : null} failed={!!error && !data}>
      <Stack gap={4}>
        {data && tickets.length === 0 && <Text size="sm">Nothing open.</Text>}
        {tickets.map((t) => (
          <Group key={t.id} gap="xs" wrap="nowrap">
            <Text ff="monospace" size="sm">
              {t.displayNumber}
            </Text>
            <Anchor component={Link} to={`/c/${client.slug}/tickets/${t.number}`} size="sm" lineClamp={1}>
              {t.subject}
            </Anchor>
            {t.status === 'PENDING_CLIENT' && (
              <Badge size="xs" color="orange" variant="light">
                {CLIENT_STATUS.PENDING_CLIENT.label}
              </Badge>
            )}
          </Group>
        ))}
      </Stack>
    </DashboardCard>
  );
}

export function ServicesCard({ client }: { client: Client }) {
  const [{ data, error }] = useQuery({ query: DashboardServicesQuery, variables: { clientId: client.id } });
  return (
    <DashboardCard title="Services" to={`/c/${client.slug}/services`} count={data ? data.myServices.length : null} failed={!!error && !data}>
      <Stack gap={4}>
        {data && data.myServices.length === 0 && <Text size="sm">None yet.</Text>}
        {data?.myServices.map((s) => {
          const words = serviceStatusWords(s.status, s.suspensionReason);
          return (
            <Group key={s.id} gap="xs" justify="space-between" wrap="nowrap">
              <Text size="sm">{s.domain}</Text>
              <Badge size="xs" variant="light" color={words.color}>
                {words.label}
              </Badge>
            </Group>
          );
        })}
      </Stack>
    </DashboardCard>
  );
}

export function InvoicesDueCard({ client }: { client: Client }) {
  const [{ data, error }] = useQuery({ query: DashboardInvoicesQuery, variables: { clientId: client.id } });
  const due = data?.invoices.filter((i) => i.status === 'OPEN') ?? [];
  return (
    <DashboardCard title="Invoices due" to={`/c/${client.slug}/invoices`} count={data ? due.length : null} failed={!!error && !data}>
      <Stack gap={4}>
        {data && due.length === 0 && <Text size="sm">All paid.</Text>}
        {due.map((i) => (
          <Group key={i.id} gap="xs" justify="space-between">
            <Text size="sm" ff="monospace">
              {i.number ?? 'Invoice'}
            </Text>
            <Text size="sm">
              {i.formattedAmount}
              {i.dueAt && `, due ${new Date(i.dueAt).toLocaleDateString()}`}
            </Text>
          </Group>
        ))}
      </Stack>
    </DashboardCard>
  );
}
