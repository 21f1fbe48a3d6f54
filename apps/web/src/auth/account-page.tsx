import { Alert, Button, Container, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { FormAlert } from '../common/page-states';
import { useGraphqlForm } from '../common/use-graphql-form';
import { useMe } from '../layout/me-context';
import { ChangePasswordMutation } from './graphql/auth';

export function AccountPage() {
  const me = useMe();
  return (
    <Container size="sm" py="md">
      <Stack>
        <Title order={1} size="h2">
          Your account
        </Title>
        <Paper withBorder radius="md" p="lg">
          <Text fw={600}>{me.name}</Text>
          <Text c="dimmed">{me.email}</Text>
          {me.staffRole && <Text size="sm">Staff role: {me.staffRole === 'ADMIN' ? 'Admin' : 'Ops'}</Text>}
        </Paper>
        <ChangePasswordForm />
      </Stack>
    </Container>
  );
}

function ChangePasswordForm() {
  const [done, setDone] = useState(false);
  const [, changePassword] = useMutation(ChangePasswordMutation);
  const { values, bind, errors, submitting, submit, reset } = useGraphqlForm({ currentPassword: '', newPassword: '' });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    const data = await submit(() => changePassword({ input: values }));
    if (!data) return;
    setDone(true);
    reset();
  }

  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={2} size="h4" mb="sm">
        Change password
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {done && (
            <Alert color="teal" variant="light" role="status">
              Your password has been changed. Other sessions have been logged out.
            </Alert>
          )}
          <FormAlert message={errors.form} />
          <PasswordInput
            label="Current password"
            autoComplete="current-password"
            required
            {...bind('currentPassword')}
          />
          <PasswordInput
            label="New password"
            description="At least 12 characters."
            autoComplete="new-password"
            required
            {...bind('newPassword')}
          />
          <Button type="submit" loading={submitting} w="fit-content">
            Change password
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
