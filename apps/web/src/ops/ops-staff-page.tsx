import { Alert, Paper, Select, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formErrors } from '../common/graphql-errors';
import { EmptyState, ErrorState, LoadingState } from '../common/page-states';
import type { StaffRole } from '../gql/graphql';
import { SetStaffRoleMutation, StaffUsersQuery } from './graphql/ops';

const ROLES = [
  { value: 'OPS', label: 'Ops' },
  { value: 'ADMIN', label: 'Admin' },
  { value: 'NONE', label: 'No staff role' },
];

/** Admins: who is staff, and with which role. */
export function OpsStaffPage() {
  const [{ data, error }, refetch] = useQuery({ query: StaffUsersQuery, variables: { first: 100, filter: { staffOnly: true } } });
  const [, setStaffRole] = useMutation(SetStaffRoleMutation);
  const [actionError, setActionError] = useState<string | null>(null);
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingState label="Loading staff" />;
  const staff = data.users.edges.map((e) => e.node);
  return (
    <Stack>
      <Title order={1} size="h2">
        Staff
      </Title>
      {actionError && (
        <Alert color="red" variant="light" role="alert">
          {actionError}
        </Alert>
      )}
      {staff.length === 0 ? (
        <EmptyState title="No staff yet" />
      ) : (
        <Paper withBorder radius="md">
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Email</Table.Th>
                <Table.Th>Role</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {staff.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>{u.name}</Table.Td>
                  <Table.Td>{u.email}</Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`Staff role of ${u.name}`}
                      data={ROLES}
                      value={u.staffRole ?? 'NONE'}
                      allowDeselect={false}
                      w={170}
                      onChange={async (value) => {
                        const role = value === 'NONE' ? null : (value as StaffRole);
                        const result = await setStaffRole({ input: { userId: u.id, role } });
                        const errors = formErrors(result.error, ['userId', 'role']);
                        setActionError(errors.form ?? Object.values(errors.fields)[0] ?? null);
                        if (!result.error) refetch({ requestPolicy: 'network-only' });
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
