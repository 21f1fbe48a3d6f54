import { Button, Container, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { FormAlert } from '../common/page-states';
import { useGraphqlForm } from '../common/use-graphql-form';
import { CreateClientMutation } from './graphql/clients';
import { rememberClient } from './last-client';

export function CreateClientPage() {
  const [, createClient] = useMutation(CreateClientMutation);
  const { values, bind, errors, submitting, submit } = useGraphqlForm({ name: '', billingEmail: '' });
  const navigate = useNavigate();

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const data = await submit(() => createClient({ input: { name: values.name, billingEmail: values.billingEmail.trim() || null } }));
    if (!data) return;
    rememberClient(data.createClient.slug);
    navigate(`/c/${data.createClient.slug}`);
  }

  return (
    <Container size="xs" py="lg">
      <Stack>
        <Title order={1} size="h2">
          Create your organisation
        </Title>
        <Text c="dimmed">
          Your organisation holds your services, tickets and invoices. You can invite the people you work with once it exists.
        </Text>
        <Paper withBorder radius="md" p="lg">
          <form onSubmit={onSubmit} noValidate>
            <Stack>
              <FormAlert message={errors.form} />
              <TextInput
                label="Organisation name"
                required
                {...bind('name')}
              />
              <TextInput
                label="Billing email"
                description="Where invoices go; leave empty to use your own email."
                type="email"
                {...bind('billingEmail')}
              />
              <Button type="submit" loading={submitting}>
                Create organisation
              </Button>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Container>
  );
}
