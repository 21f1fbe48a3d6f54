import { Button, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useCurrentClient } from '../clients/use-current-client';
import { ErrorState, FormAlert, LoadingState } from '../common/page-states';
import { useGraphqlForm } from '../common/use-graphql-form';
import { MyServicesQuery } from '../services/graphql/services';
import { FileTicketMutation } from './graphql/tickets';

export function NewTicketPage() {
  const { client, error, refetch } = useCurrentClient();
  const [, fileTicket] = useMutation(FileTicketMutation);
  const form = useGraphqlForm({ subject: '', body: '', serviceId: '' });
  const navigate = useNavigate();
  if (error && !client) return <ErrorState error={error} retry={refetch} />;
  if (!client) return <LoadingState />;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const { serviceId, ...rest } = form.values;
    const data = await form.submit(() => fileTicket({ input: { clientId: client!.id, ...rest, serviceId: serviceId || null } }));
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
            <ServiceSelect clientId={client.id} {...form.bindSelect('serviceId')} />
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

type SelectBinding = { value: string | null; error?: string; 'aria-invalid'?: boolean; onChange: (value: string | null) => void };

/** Which of the client's services the ticket is about (optional); says so when services cannot be loaded. */
function ServiceSelect({ clientId, ...binding }: { clientId: string } & SelectBinding) {
  const [{ data, error }] = useQuery({ query: MyServicesQuery, variables: { clientId } });
  const services = data?.myServices ?? [];
  const description = error && !data ? 'Your services could not be loaded; you can still file the ticket.' : !data ? 'Loading your services…' : services.length === 0 ? 'You have no services yet.' : 'Optional: the website or mail this is about.';
  return (
    <Select
      label="Service"
      placeholder={services.length ? 'Not about one service' : 'None'}
      description={description}
      data={services.map((s) => ({ value: s.id, label: `${s.domain} (${s.package.name})` }))}
      disabled={services.length === 0}
      clearable
      {...binding}
    />
  );
}
