import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { ServiceFieldsFragment } from '../gql/graphql';
import { RESOURCE_STATUS } from './service-words';

type Resource = ServiceFieldsFragment['resources'][number];

const KIND: Record<string, string> = { DROPLET: 'Web server', MAIL_DOMAIN: 'Mail domain', MAILBOX: 'Mailbox', BACKUP_REPO: 'Backups' };

/** Each resource of a service: state, where it runs and why, and its latest steps. */
export function ResourceList({ resources, showRunLog = false }: { resources: Resource[]; showRunLog?: boolean }) {
  if (resources.length === 0) return <Text c="dimmed">Nothing created yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Resource</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th>Hosted by</Table.Th>
            <Table.Th>Latest</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {resources.map((r) => {
            const words = RESOURCE_STATUS[r.status];
            const runs = showRunLog ? r.timeline : r.timeline.slice(-2);
            return (
              <Table.Tr key={r.id} aria-label={`${KIND[r.kind] ?? r.kind} ${r.key}: ${words.label}`}>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {KIND[r.kind] ?? r.kind}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {r.key}
                  </Text>
                </Table.Td>
                <Table.Td miw={110}>
                  <Badge variant="light" color={words.color} style={{ overflow: 'visible' }}>
                    {words.label}
                  </Badge>
                  {r.lastError && (
                    <Text size="xs" c="red.9" mt={4}>
                      {r.lastError}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Text size="sm">{r.partner.name}</Text>
                    {r.partner.coop && (
                      <Badge size="xs" variant="outline">
                        co-op
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {r.placementReason}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {runs.map((run) => (
                      <Text size="xs" key={run.id}>
                        {new Date(run.at).toLocaleTimeString()} {run.step}: {run.outcome}
                        {run.message ? ` (${run.message})` : ''}
                      </Text>
                    ))}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
