import { Button, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { FormAlert } from '../common/page-states';
import { useGraphqlForm } from '../common/use-graphql-form';
import { useMe } from '../layout/me-context';
import { AcceptInvitationMutation } from './graphql/clients';
import { rememberClient } from './last-client';

export function AcceptInvitationPage() {
  const me = useMe();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [, accept] = useMutation(AcceptInvitationMutation);
  const { errors, submitting, submit } = useGraphqlForm({ token });
  const navigate = useNavigate();

  async function onAccept() {
    const data = await submit(() => accept({ input: { token } }));
    if (!data) return;
    rememberClient(data.acceptInvitation.slug);
    navigate(`/c/${data.acceptInvitation.slug}`, { replace: true });
  }

  return (
    <Container size="xs" py="xl">
      <Paper withBorder radius="md" p="xl">
        <Stack>
          <Title order={1} size="h3">
            Join an organisation
          </Title>
          <Text>
            You are logged in as <strong>{me.email}</strong>. Accepting gives this account access to the organisation that invited you.
          </Text>
          <FormAlert message={errors.form ?? errors.fields.token ?? (token ? null : 'This link has no invitation in it. Ask for a new one.')} />
          <Button onClick={onAccept} loading={submitting} disabled={!token}>
            Accept invitation
          </Button>
        </Stack>
      </Paper>
    </Container>
  );
}
