import { Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useSession } from '../app/session-context';
import { FormAlert } from '../common/page-states';
import { useGraphqlForm } from '../common/use-graphql-form';
import { AuthCard } from './auth-card';
import { SignUpMutation } from './graphql/auth';
import { safeNext } from './safe-next';

export function SignUpPage() {
  const [, signUp] = useMutation(SignUpMutation);
  const { values, bind, errors, submitting, submit } = useGraphqlForm({ name: '', email: '', password: '' });
  const { restart } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const data = await submit(() => signUp({ input: values }));
    if (!data) return;
    restart();
    const next = params.get('next');
    navigate(next ? safeNext(next) : '/organisations/new', { replace: true });
  }

  return (
    <AuthCard
      title="Create your account"
      footer={
        <>
          Already have an account?{' '}
          <Anchor component={Link} to="/login">
            Log in
          </Anchor>
        </>
      }
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert message={errors.form} />
          <TextInput
            label="Your name"
            autoComplete="name"
            required
            {...bind('name')}
          />
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            {...bind('email')}
          />
          <PasswordInput
            label="Password"
            description="At least 12 characters; a few words you will remember work well."
            autoComplete="new-password"
            required
            {...bind('password')}
          />
          <Button type="submit" loading={submitting} fullWidth>
            Create account
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
