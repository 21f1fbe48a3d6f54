import { Alert, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useLocation, useParams } from 'react-router';
import { useMutation, useQuery, useSubscription } from 'urql';
import { errorCode, formErrors } from '../common/graphql-errors';
import { ErrorState, FormAlert, LoadingState } from '../common/page-states';
import { useGraphqlForm } from '../common/use-graphql-form';
import { LinkedService } from '../services/linked-service';
import { ClientTicketQuery, ClientTicketUpdatedSubscription, CloseTicketMutation, ReopenTicketMutation, ReplyToTicketMutation } from './graphql/tickets';
import { MessageList } from './message-list';
import { CLIENT_STATUS } from './ticket-words';

/** One ticket as its client sees it: the thread, a reply box, close/reopen; replies arrive live. */
export function ClientTicketPage() {
  const number = Number(useParams().number);
  const filed = (useLocation().state as { filed?: boolean } | null)?.filed;
  const [{ data, error }, refetch] = useQuery({ query: ClientTicketQuery, variables: { number } });
  useSubscription({ query: ClientTicketUpdatedSubscription, variables: { number } });
  const [, reply] = useMutation(ReplyToTicketMutation);
  const [, close] = useMutation(CloseTicketMutation);
  const [, reopen] = useMutation(ReopenTicketMutation);
  const form = useGraphqlForm({ body: '' });
  const [moveError, setMoveError] = useState<{ message: string; stale: boolean } | null>(null);

  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingState label="Loading the ticket" rows={6} />;
  const t = data.ticket;
  const status = CLIENT_STATUS[t.status];

  async function onReply(e: FormEvent) {
    e.preventDefault();
    const result = await form.submit(() => reply({ input: { ticketId: t.id, body: form.values.body, confirmPublic: false } }));
    if (result) form.reset();
  }

  async function move(to: 'CLOSED' | 'OPEN') {
    const run = to === 'CLOSED' ? close : reopen;
    const result = await run({ input: { ticketId: t.id, version: t.version } });
    if (!result.error) return setMoveError(null);
    setMoveError({ message: formErrors(result.error).form ?? 'That did not work.', stale: errorCode(result.error) === 'CONFLICT' });
  }

  return (
    <Stack maw={860}>
      {filed && (
        <Alert color="teal" variant="light" role="status" title={`Ticket ${t.displayNumber} filed`}>
          Quote {t.displayNumber} when you talk to us about it. We will reply here.
        </Alert>
      )}
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Text ff="monospace" fw={700} size="lg" aria-label={`Ticket number ${t.displayNumber}`}>
            {t.displayNumber}
          </Text>
          <Title order={1} size="h2">
            {t.subject}
          </Title>
          <Text size="sm" c="dimmed">
            Filed {new Date(t.createdAt).toLocaleString()}
            {t.requester && ` by ${t.requester.name}`}
          </Text>
          {t.serviceId && <LinkedService serviceId={t.serviceId} to={`/c/${t.client.slug}/services`} />}
        </Stack>
        <Badge size="lg" variant="light" color={status.color} aria-label={`Status: ${status.label}`}>
          {status.label}
        </Badge>
      </Group>
      {t.mergedIntoNumber && <Alert color="blue">This ticket was merged into #{t.mergedIntoNumber}.</Alert>}
      {moveError && (
        <Alert color="red" variant="light" role="alert">
          <Group justify="space-between">
            <Text size="sm">{moveError.message}</Text>
            {moveError.stale && (
              <Button size="xs" variant="white" onClick={() => refetch({ requestPolicy: 'network-only' })}>
                Reload
              </Button>
            )}
          </Group>
        </Alert>
      )}
      <MessageList messages={t.messages} />
      <Paper withBorder radius="md" p="md">
        <form onSubmit={onReply} noValidate>
          <Stack>
            <FormAlert message={form.errors.form} />
            <Textarea
              label={t.status === 'CLOSED' ? 'Write again (this files a follow-up ticket)' : 'Your reply'}
              autosize
              minRows={3}
              maxRows={14}
              required
              {...form.bind('body')}
            />
            <Group justify="space-between">
              <Button type="submit" loading={form.submitting}>
                Send reply
              </Button>
              <Group gap="xs">
                {t.availableMoves.includes('OPEN') && t.status === 'RESOLVED' && (
                  <Button variant="default" onClick={() => move('OPEN')}>
                    Reopen
                  </Button>
                )}
                {t.availableMoves.includes('CLOSED') && (
                  <Button variant="default" onClick={() => move('CLOSED')}>
                    Close ticket
                  </Button>
                )}
              </Group>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
