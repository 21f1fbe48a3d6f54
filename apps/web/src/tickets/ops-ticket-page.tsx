import { Alert, Anchor, Badge, Button, Grid, Group, Modal, Paper, Select, Stack, TagsInput, Text, Textarea, Timeline, Title } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery, useSubscription, type CombinedError } from 'urql';
import { errorCode, formErrors } from '../common/graphql-errors';
import { ErrorState, FormAlert, LoadingState } from '../common/page-states';
import { useGraphqlForm } from '../common/use-graphql-form';
import type { StaffTicketFieldsFragment, TicketPriority, TicketStatus, UpdateTicketInput } from '../gql/graphql';
import { useMe } from '../layout/me-context';
import { LinkedService } from '../services/linked-service';
import { AddInternalNoteMutation, StaffReplyMutation, StaffTicketQuery, StaffTicketUpdatedSubscription, UpdateTicketMutation } from './graphql/ticket-queue';
import { MessageList } from './message-list';
import { SlaBadges, useNow } from './sla-badges';
import { RelationsPanel, WatchButton } from './ticket-relations';
import { eventValueWords, eventWords, priorityLabel, STAFF_STATUS } from './ticket-words';
import { useWorkingGroups } from './working-groups';
import classes from './message-list.module.css';

type Ticket = StaffTicketFieldsFragment;
type Change = Omit<UpdateTicketInput, 'ticketId' | 'version'>;

/** One ticket for ops: thread with unmistakable internal notes, two composers, triage fields, event log. */
export function OpsTicketPage() {
  const number = Number(useParams().number);
  const now = useNow();
  const [{ data, error }, refetch] = useQuery({ query: StaffTicketQuery, variables: { number } });
  useSubscription({ query: StaffTicketUpdatedSubscription, variables: { number } });
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingState label="Loading the ticket" rows={8} />;
  const t = data.ticket;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Text ff="monospace" fw={700} size="lg">
              {t.displayNumber}
            </Text>
            <Badge variant="light">{STAFF_STATUS[t.status]}</Badge>
            <Text size="sm">
              for{' '}
              <Anchor component={Link} to={`/c/${t.client.slug}`}>
                {t.client.name}
              </Anchor>
            </Text>
          </Group>
          <Title order={1} size="h2">
            {t.subject}
          </Title>
          {t.serviceId && <LinkedService serviceId={t.serviceId} to="/ops/services" />}
        </Stack>
        <Stack gap="xs" align="flex-end">
          <SlaBadges sla={t.sla} now={now} />
          <WatchButton ticket={t} />
        </Stack>
      </Group>
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            <MessageList messages={t.messages} staffView />
            <Composers ticket={t} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack>
            <TriagePanel ticket={t} reload={() => refetch({ requestPolicy: 'network-only' })} />
            <RelationsPanel ticket={t} reload={() => refetch({ requestPolicy: 'network-only' })} />
            <EventLog ticket={t} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Composers({ ticket }: { ticket: Ticket }) {
  const [params] = useSearchParams();
  const compose = params.get('compose');
  const [, reply] = useMutation(StaffReplyMutation);
  const [, addNote] = useMutation(AddInternalNoteMutation);
  const replyForm = useGraphqlForm({ body: '' });
  const noteForm = useGraphqlForm({ body: '' });
  const [confirm, setConfirm] = useState<string | null>(null);
  const replyRef = useRef<HTMLTextAreaElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (compose === 'reply') replyRef.current?.focus();
    if (compose === 'note') noteRef.current?.focus();
  }, [compose]);

  async function sendReply(confirmPublic: boolean) {
    let needsConfirmation: CombinedError | null = null;
    const data = await replyForm.submit(async () => {
      const result = await reply({ input: { ticketId: ticket.id, body: replyForm.values.body, confirmPublic } });
      // The API's "may be internal" answer is BAD_USER_INPUT on the confirmPublic field.
      if (result.error?.graphQLErrors[0]?.extensions?.field === 'confirmPublic') {
        needsConfirmation = result.error;
        return { data: null };
      }
      return result;
    });
    // The server's reason ("This reply mentions ...") without its advice to API callers after the semicolon.
    if (needsConfirmation) return setConfirm((needsConfirmation as CombinedError).graphQLErrors[0]!.message.split(';')[0] + '.');
    setConfirm(null);
    if (data) replyForm.reset();
  }

  async function onNote(e: FormEvent) {
    e.preventDefault();
    const data = await noteForm.submit(() => addNote({ input: { ticketId: ticket.id, body: noteForm.values.body } }));
    if (data) noteForm.reset();
  }

  return (
    <>
      <Paper withBorder radius="md" p="md" className={classes.staff}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void sendReply(false);
          }}
          noValidate
        >
          <Stack gap="xs">
            <FormAlert message={replyForm.errors.form} />
            <Textarea ref={replyRef} label="Reply to client" description={`${ticket.client.name} will see this.`} autosize minRows={3} {...replyForm.bind('body')} />
            <Button type="submit" loading={replyForm.submitting} w="fit-content">
              Send reply to client
            </Button>
          </Stack>
        </form>
      </Paper>
      <Paper withBorder radius="md" p="md" className={classes.internal}>
        <form onSubmit={onNote} noValidate>
          <Stack gap="xs">
            <FormAlert message={noteForm.errors.form} />
            <Textarea ref={noteRef} label="Internal note" description="Only staff see notes." autosize minRows={2} {...noteForm.bind('body')} />
            <Button type="submit" color="yellow" c="dark.9" loading={noteForm.submitting} w="fit-content">
              Add internal note
            </Button>
          </Stack>
        </form>
      </Paper>
      <Modal opened={confirm !== null} onClose={() => setConfirm(null)} title="Send this to the client?" centered>
        <Stack>
          <Text>{confirm}</Text>
          <Text size="sm">It reads like an internal note. The client will see every word.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(null)}>
              Keep editing
            </Button>
            <Button color="red" onClick={() => sendReply(true)}>
              Send to client anyway
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function TriagePanel({ ticket, reload }: { ticket: Ticket; reload: () => void }) {
  const me = useMe();
  const workingGroups = useWorkingGroups();
  const [, update] = useMutation(UpdateTicketMutation);
  const [problem, setProblem] = useState<{ message: string; stale: boolean; retry: Change } | null>(null);

  async function change(fields: Change) {
    const result = await update({ input: { ticketId: ticket.id, version: ticket.version, ...fields } });
    if (!result.error) return setProblem(null);
    const stale = errorCode(result.error) === 'CONFLICT';
    const errors = formErrors(result.error, ['status', 'priority', 'workingGroup', 'assigneeId', 'labels']);
    setProblem({ message: errors.form ?? Object.values(errors.fields)[0] ?? 'The change failed.', stale, retry: fields });
    if (stale) reload();
  }

  const lastChange = ticket.events[ticket.events.length - 1];
  const statuses = [ticket.status, ...ticket.availableMoves.filter((s) => s !== ticket.status)];
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Triage
        </Title>
        {problem && (
          <Alert color={problem.stale ? 'orange' : 'red'} variant="light" role="alert" title={problem.stale ? 'Someone changed this ticket first' : undefined}>
            <Stack gap={6}>
              <Text size="sm">{problem.stale ? 'Your change was not saved. The ticket below now shows what changed.' : problem.message}</Text>
              {problem.stale && lastChange && (
                <Text size="sm">
                  Latest: {lastChange.actor ?? 'System'} changed {eventWords(lastChange.kind)}
                  {lastChange.from || lastChange.to ? ` from ${lastChange.from ?? '—'} to ${lastChange.to ?? '—'}` : ''}.
                </Text>
              )}
              {problem.stale && (
                <Button size="xs" variant="white" w="fit-content" onClick={() => change(problem.retry)}>
                  Apply my change again
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        <Select
          label="Status"
          data={statuses.map((s) => ({ value: s, label: STAFF_STATUS[s as TicketStatus] }))}
          value={ticket.status}
          allowDeselect={false}
          onChange={(s) => s && s !== ticket.status && change({ status: s as TicketStatus })}
        />
        <Select
          label="Priority"
          placeholder="Untriaged"
          data={(['HIGH', 'MEDIUM', 'LOW'] as TicketPriority[]).map((p) => ({ value: p, label: priorityLabel(p) }))}
          value={ticket.priority ?? null}
          onChange={(p) => change({ priority: (p as TicketPriority | null) ?? null })}
          clearable
        />
        <Select
          label="Working group"
          placeholder="None"
          data={workingGroups}
          value={ticket.workingGroup?.slug ?? null}
          onChange={(g) => change({ workingGroup: g })}
          clearable
        />
        <Group justify="space-between" align="flex-end">
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              Assignee
            </Text>
            <Text size="sm">{ticket.assignee?.name ?? 'Nobody'}</Text>
          </Stack>
          {ticket.assignee?.id === me.id ? (
            <Button size="xs" variant="default" onClick={() => change({ assigneeId: null })}>
              Unassign me
            </Button>
          ) : (
            <Button size="xs" onClick={() => change({ assigneeId: me.id })}>
              Assign to me
            </Button>
          )}
        </Group>
        <TagsInput label="Labels" value={ticket.labels} onChange={(labels) => change({ labels })} placeholder="Add a label" />
      </Stack>
    </Paper>
  );
}

function EventLog({ ticket }: { ticket: Ticket }) {
  if (ticket.events.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4" mb="sm">
        History
      </Title>
      <Timeline bulletSize={12} lineWidth={2}>
        {ticket.events.map((e, i) => (
          <Timeline.Item key={i} title={<Text size="sm">{`${e.actor ?? 'System'}: ${eventWords(e.kind)}`}</Text>}>
            {(e.from || e.to) && (
              <Text size="xs">
                {e.from ? eventValueWords(e.from) : '—'} → {e.to ? eventValueWords(e.to) : '—'}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {new Date(e.at).toLocaleString()}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}
