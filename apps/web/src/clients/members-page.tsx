import { Alert, Badge, Button, Code, CopyButton, Group, Modal, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { formErrors } from '../common/graphql-errors';
import { EmptyState, ErrorState, FormAlert, LoadingState } from '../common/page-states';
import { useGraphqlForm } from '../common/use-graphql-form';
import { useMe } from '../layout/me-context';
import { InviteMemberMutation, LeaveClientMutation, RemoveMemberMutation } from './graphql/clients';
import { useCurrentClient } from './use-current-client';

type Member = { id: string; name: string; email: string; role: string; joinedAt: string };

export function MembersPage() {
  const me = useMe();
  const { client, error, refetch } = useCurrentClient();
  const [removing, setRemoving] = useState<Member | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [, removeMember] = useMutation(RemoveMemberMutation);
  const [, leaveClient] = useMutation(LeaveClientMutation);
  const navigate = useNavigate();

  if (error && !client) return <ErrorState error={error} retry={refetch} />;
  if (!client) return <LoadingState label="Loading members" />;
  const isOwner = client.myRole === 'OWNER' || !!me.staffRole;

  async function confirmRemove() {
    if (!removing || !client) return;
    const isSelf = removing.id === me.id;
    const result = isSelf
      ? await leaveClient({ input: { clientId: client.id } })
      : await removeMember({ input: { clientId: client.id, userId: removing.id } });
    setRemoving(null);
    if (result.error) return setActionError(formErrors(result.error).form ?? Object.values(formErrors(result.error, ['userId']).fields)[0] ?? null);
    setActionError(null);
    if (isSelf) navigate('/', { replace: true });
    else refetch();
  }

  return (
    <Stack>
      <Title order={1} size="h2">
        Members of {client.name}
      </Title>
      {actionError && (
        <Alert color="red" variant="light" role="alert" withCloseButton closeButtonLabel="Dismiss" onClose={() => setActionError(null)}>
          {actionError}
        </Alert>
      )}
      {client.members.length === 0 ? (
        <EmptyState title="No members yet">Invite someone below.</EmptyState>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Email</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>
                    <span className="visually-hidden">Actions</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {client.members.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>
                      {m.name}
                      {m.id === me.id && (
                        <Text span c="dimmed" size="sm">
                          {' '}
                          (you)
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{m.email}</Table.Td>
                    <Table.Td>
                      <Badge variant={m.role === 'OWNER' ? 'filled' : 'light'}>{m.role === 'OWNER' ? 'Owner' : 'Member'}</Badge>
                    </Table.Td>
                    <Table.Td ta="right">
                      {(isOwner || m.id === me.id) && (
                        <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(m)}>
                          {m.id === me.id ? 'Leave' : `Remove ${m.name}`}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {isOwner && <InviteForm clientId={client.id} />}
      <Modal opened={!!removing} onClose={() => setRemoving(null)} title={removing?.id === me.id ? 'Leave this organisation?' : 'Remove this member?'} centered>
        <Stack>
          <Text>
            {removing?.id === me.id
              ? `You will lose access to ${client.name}'s tickets, services and invoices.`
              : `${removing?.name} will lose access to ${client.name}'s tickets, services and invoices.`}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              Cancel
            </Button>
            <Button color="red" onClick={confirmRemove}>
              {removing?.id === me.id ? 'Leave' : 'Remove'}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function InviteForm({ clientId }: { clientId: string }) {
  const [link, setLink] = useState<{ email: string; url: string } | null>(null);
  const [, invite] = useMutation(InviteMemberMutation);
  const { values, bind, errors, submitting, submit, reset } = useGraphqlForm({ email: '' });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const data = await submit(() => invite({ input: { clientId, email: values.email } }));
    if (!data) return;
    const url = `${window.location.origin}/invitations/accept?token=${encodeURIComponent(data.inviteMember.token)}`;
    setLink({ email: data.inviteMember.invitation.email, url });
    reset();
  }

  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={2} size="h4" mb="sm">
        Invite a member
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert message={errors.form} />
          <Group align="flex-start" wrap="wrap">
            <TextInput
              label="Their email"
              type="email"
              required
              {...bind('email')}
              style={{ flex: '1 1 260px' }}
            />
            <Button type="submit" loading={submitting} mt={25}>
              Create invitation
            </Button>
          </Group>
        </Stack>
      </form>
      {link && (
        <Alert color="teal" variant="light" mt="md" title={`Invitation for ${link.email}`}>
          <Stack gap="xs">
            <Text size="sm">Send them this link; it is shown only once.</Text>
            <Code block>{link.url}</Code>
            <CopyButton value={link.url}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" onClick={copy} w="fit-content">
                  {copied ? 'Copied' : 'Copy link'}
                </Button>
              )}
            </CopyButton>
          </Stack>
        </Alert>
      )}
    </Paper>
  );
}
