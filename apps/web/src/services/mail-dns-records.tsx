import { Code, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { MailDnsRecordsQuery } from './graphql/services';

/** The DNS records the client sets for their mail; its own query, so a failure stays in this box. */
export function MailDnsRecords({ serviceId }: { serviceId: string }) {
  const [{ data, error }] = useQuery({ query: MailDnsRecordsQuery, variables: { serviceId } });
  if (!data && !error) return null;
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        DNS records to set for mail
      </Title>
      {!data ? (
        <Text size="sm" c="dimmed">
          The records are not available right now; ask us in a ticket if you need them.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Type</Table.Th>
                <Table.Th>Name</Table.Th>
                <Table.Th>Value</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.serviceMailDnsRecords.map((r) => (
                <Table.Tr key={`${r.type}-${r.name}-${r.value}`}>
                  <Table.Td>{r.type}</Table.Td>
                  <Table.Td>
                    <Code>{r.name}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Code>{r.priority !== null && r.priority !== undefined ? `${r.priority} ${r.value}` : r.value}</Code>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
