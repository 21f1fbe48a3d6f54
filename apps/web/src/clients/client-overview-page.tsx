import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../common/page-states';
import { InvoicesDueCard, OpenTicketsCard, ServicesCard } from './dashboard-cards';
import { useCurrentClient } from './use-current-client';

/** The organisation's dashboard: who it is, and what needs attention. */
export function ClientOverviewPage() {
  const { client, error, refetch } = useCurrentClient();
  if (error && !client) return <ErrorState error={error} retry={refetch} />;
  if (!client) return <LoadingState label="Loading your organisation" />;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={1} size="h2">
            {client.name}
          </Title>
          <Text c="dimmed" size="sm">
            Member since {new Date(client.createdAt).toLocaleDateString()}
          </Text>
        </Stack>
        {client.myRole && (
          <Badge variant="light" size="lg">
            {client.myRole === 'OWNER' ? 'Owner' : 'Member'}
          </Badge>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <OpenTicketsCard client={client} />
        <ServicesCard client={client} />
        <InvoicesDueCard client={client} />
        <Card withBorder radius="md" component={Link} to={`/c/${client.slug}/members`}>
          <Text size="sm" c="dimmed">
            Members
          </Text>
          <Text fz={32} fw={700}>
            {client.members.length}
          </Text>
          <Text size="sm">Invite the people you work with</Text>
        </Card>
        <Card withBorder radius="md">
          <Text size="sm" c="dimmed">
            Billing email
          </Text>
          <Text fw={600} mt={6}>
            {client.billingEmail ?? 'Not set: invoices go to the owners'}
          </Text>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
