import { Alert, Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formErrors } from '../common/graphql-errors';
import { ErrorState, LoadingState } from '../common/page-states';
import { StaffUsersQuery } from '../ops/graphql/ops';
import { ClearTriageRotaMutation, SetTriageRotaMutation, TriageRotaQuery } from './graphql/triage-rota';
import { mondaysFrom } from './triage-weeks';

const WEEKS = 8;

/** Who triages new tickets each week: this week on top, editable by any ops member. */
export function TriageRotaPage() {
  const [{ data, error }, refetch] = useQuery({ query: TriageRotaQuery, variables: { weeks: WEEKS } });
  const [{ data: staff }] = useQuery({ query: StaffUsersQuery, variables: { first: 100, filter: { staffOnly: true } } });
  const [, setRota] = useMutation(SetTriageRotaMutation);
  const [, clearRota] = useMutation(ClearTriageRotaMutation);
  const [problem, setProblem] = useState<string | null>(null);
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingState label="Loading the rota" rows={WEEKS} />;
  const byWeek = new Map(data.triageRota.map((e) => [e.weekStart, e.user]));
  const people = (staff?.users.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }));
  const reload = (result: { error?: Parameters<typeof formErrors>[0] }) => {
    setProblem(result.error ? (formErrors(result.error).form ?? 'The change failed.') : null);
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <Stack maw={720}>
      <Title order={1} size="h2">
        Triage rota
      </Title>
      <Text component="div">
        On duty now:{' '}
        {data.triageDuty ? (
          <Badge size="lg" variant="light">
            {data.triageDuty.user.name}
          </Badge>
        ) : (
          <Text span c="dimmed">
            nobody; new tickets wait in Triage for whoever looks first
          </Text>
        )}
      </Text>
      {problem && (
        <Alert color="red" variant="light" role="alert">
          {problem}
        </Alert>
      )}
      <Paper withBorder radius="md">
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Week of</Table.Th>
              <Table.Th>Triager</Table.Th>
              <Table.Th>
                <span className="visually-hidden">Actions</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {mondaysFrom(new Date(), WEEKS).map((week, i) => {
              const who = byWeek.get(week);
              return (
                <Table.Tr key={week}>
                  <Table.Td>
                    {new Date(`${week}T00:00:00Z`).toLocaleDateString(undefined, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' })}
                    {i === 0 && (
                      <Text span size="sm" c="dimmed">
                        {' '}
                        (this week)
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`Triager for the week of ${week}`}
                      placeholder="Nobody"
                      data={people.length ? people : who ? [{ value: who.id, label: who.name }] : []}
                      value={who?.id ?? null}
                      allowDeselect={false}
                      onChange={async (userId) => userId && reload(await setRota({ input: { weekStart: week, userId } }))}
                      w={220}
                    />
                  </Table.Td>
                  <Table.Td ta="right">
                    {who && (
                      <Button size="xs" variant="subtle" onClick={async () => reload(await clearRota({ weekStart: week }))}>
                        Clear
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Paper>
      <Group>
        <Text size="xs" c="dimmed">
          Weeks start on Monday (UTC).
        </Text>
      </Group>
    </Stack>
  );
}
