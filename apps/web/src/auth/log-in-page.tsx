import { Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useSession } from '../app/session-context';
import { FormAlert } from '../common/page-states';
import { useGraphqlForm } from '../common/use-graphql-form';
import { AuthCard } from './auth-card';
import { LogInMutation } from './graphql/auth';
import { safeNext } from './safe-next';

export function LogInPage() {
  const [, logIn] = useMutation(LogInMutation);
  const { values, bind, errors, submitting, submit } = useGraphqlForm({ email: '', password: '' });
  const { restart } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const data = await submit(() => logIn({ input: values }));
    if (!data) return;
    restart();
    navigate(safeNext(params.get('next')), { replace: true });
  }

  return (
    <AuthCard
      title="Log in"
      footer={
        <>
          New here?{' '}
          <Anchor component={Link} to={`/signup${params.get('next') ? `?next=${encodeURIComponent(params.get('next')!)}` : ''}`}>
            Create an account
          </Anchor>
        </>
      }
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert message={errors.form} />
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            {...bind('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            {...bind('password')}
          />
          <Button type="submit" loading={submitting} fullWidth>
            Log in
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
