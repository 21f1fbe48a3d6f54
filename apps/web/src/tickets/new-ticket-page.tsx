import { Button, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useCurrentClient } from '../clients/use-current-client';
import { ErrorState, FormAlert, LoadingState } from '../common/page-states';
import { useGraphqlForm } from '../common/use-graphql-form';
import { FileTicketMutation } from './graphql/tickets';

export function NewTicketPage() {
  const { client, error, refetch } = useCurrentClient();
  const [, fileTicket] = useMutation(FileTicketMutation);
  const form = useGraphqlForm({ subject: '', body: '' });
  const navigate = useNavigate();
  if (error && !client) return <ErrorState error={error} retry={refetch} />;
  if (!client) return <LoadingState />;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const data = await form.submit(() => fileTicket({ input: { clientId: client!.id, ...form.values } }));
    if (data) navigate(`/c/${client!.slug}/tickets/${data.fileTicket.number}`, { state: { filed: true } });
  }

  return (
    <Stack maw={720}>
      <Title order={1} size="h2">
        New ticket
      </Title>
      <Text c="dimmed">Tell us what happened and what you expected. You get a ticket number to quote, and we reply here and by email.</Text>
      <Paper withBorder radius="md" p="lg">
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <FormAlert message={form.errors.form} />
            <TextInput label="Subject" required maxLength={200} {...form.bind('subject')} />
            <Textarea label="What is going on?" description="Markdown works." required autosize minRows={6} maxRows={20} {...form.bind('body')} />
            <Button type="submit" loading={form.submitting} w="fit-content">
              File ticket
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
