import { Anchor, Button, Group, Modal, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { CombinedError, useClient, useMutation } from 'urql';
import { errorCode } from '../common/graphql-errors';
import { FormAlert } from '../common/page-states';
import { useGraphqlForm } from '../common/use-graphql-form';
import type { LinkTicketsMutation as LinkTicketsResult, StaffTicketFieldsFragment, TicketByNumberQuery as TicketByNumberResult, TicketLinkKind } from '../gql/graphql';
import { useMe } from '../layout/me-context';
import { LinkTicketsMutation, MergeTicketsMutation, TicketByNumberQuery, UnlinkTicketsMutation, WatchTicketMutation } from './graphql/ticket-queue';
import { LINK_KINDS, linkWords } from './ticket-words';

type Ticket = StaffTicketFieldsFragment;
type Other = TicketByNumberResult['ticket'];

/** "Watch" / "Stop watching", and who else watches. */
export function WatchButton({ ticket }: { ticket: Ticket }) {
  const me = useMe();
  const [{ fetching, error }, watch] = useMutation(WatchTicketMutation);
  const watching = ticket.watchers.some((w) => w.id === me.id);
  const others = ticket.watchers.filter((w) => w.id !== me.id).map((w) => w.name);
  return (
    <Stack gap={2} align="flex-end">
      <Button size="xs" variant={watching ? 'default' : 'light'} loading={fetching} onClick={() => watch({ input: { ticketId: ticket.id, watching: !watching } })}>
        {watching ? 'Stop watching' : 'Watch'}
      </Button>
      <Text size="xs" c="dimmed">
        {[watching ? 'You watch this' : null, others.length ? `Watching: ${others.join(', ')}` : null].filter(Boolean).join(' · ') || 'Nobody watches this'}
      </Text>
      {error && (
        <Text size="xs" c="red.8" role="alert">
          Could not change watching. Try again.
        </Text>
      )}
    </Stack>
  );
}

/** Finds the ticket a number names, or an error for the field that holds the number. */
function useTicketLookup(field: string) {
  const client = useClient();
  return async (typed: string, self: Ticket): Promise<{ data?: Other; error?: CombinedError }> => {
    const number = Number(typed.trim().replace(/^#/, ''));
    const fieldError = (message: string) => ({ error: new CombinedError({ graphQLErrors: [{ message, extensions: { code: 'BAD_USER_INPUT', field } }] }) });
    if (!Number.isInteger(number) || number <= 0) return fieldError('Type a ticket number, like 1042');
    if (number === self.number) return fieldError('That is this ticket');
    const result = await client.query(TicketByNumberQuery, { number }, { requestPolicy: 'network-only' }).toPromise();
    if (errorCode(result.error) === 'NOT_FOUND') return fieldError(`There is no ticket #${number}`);
    if (result.error) return { error: result.error };
    if (result.data!.ticket.id === self.id) return fieldError(`#${number} was merged into this ticket`);
    return { data: result.data!.ticket };
  };
}

/** Links to other tickets (add, remove) and merging this ticket into another. */
export function RelationsPanel({ ticket, reload }: { ticket: Ticket; reload: () => void }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="relations-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="relations-heading">
          Related tickets
        </Title>
        <LinkList ticket={ticket} reload={reload} />
        <AddLinkForm ticket={ticket} reload={reload} />
        {ticket.status !== 'CLOSED' && <MergeForm ticket={ticket} reload={reload} />}
      </Stack>
    </Paper>
  );
}

function LinkList({ ticket, reload }: { ticket: Ticket; reload: () => void }) {
  const [, unlink] = useMutation(UnlinkTicketsMutation);
  const [problem, setProblem] = useState<string | null>(null);
  if (ticket.links.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No links yet.
      </Text>
    );
  }
  async function remove(l: Ticket['links'][number]) {
    const [fromTicketId, toTicketId] = l.direction === 'OUTGOING' ? [ticket.id, l.ticket.id] : [l.ticket.id, ticket.id];
    const result = await unlink({ input: { fromTicketId, toTicketId, kind: l.kind } });
    setProblem(result.error ? 'Could not remove the link. Try again.' : null);
    reload();
  }
  return (
    <Stack gap={4}>
      <FormAlert message={problem} />
      {ticket.links.map((l) => {
        const words = `${linkWords(l.kind, l.direction)} #${l.ticket.number}`;
        return (
          <Group key={`${l.kind}-${l.direction}-${l.ticket.id}`} justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm">
              {linkWords(l.kind, l.direction)}{' '}
              <Anchor component={Link} to={`/ops/tickets/${l.ticket.number}`}>
                #{l.ticket.number}
              </Anchor>{' '}
              {l.ticket.subject}
            </Text>
            <Button size="compact-xs" variant="subtle" color="red" onClick={() => remove(l)} aria-label={`Remove link: ${words}`}>
              Remove
            </Button>
          </Group>
        );
      })}
    </Stack>
  );
}

function AddLinkForm({ ticket, reload }: { ticket: Ticket; reload: () => void }) {
  const [, link] = useMutation(LinkTicketsMutation);
  const lookUp = useTicketLookup('toTicketId');
  const [kind, setKind] = useState<TicketLinkKind>('RELATES_TO');
  const form = useGraphqlForm({ toTicketId: '' });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const data = await form.submit<LinkTicketsResult>(async () => {
      const other = await lookUp(form.values.toTicketId, ticket);
      if (!other.data) return { error: other.error };
      return link({ input: { fromTicketId: ticket.id, toTicketId: other.data.id, kind } });
    });
    if (!data) return;
    form.reset();
    reload();
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Link another ticket">
      <Stack gap="xs">
        <FormAlert message={form.errors.form} />
        <Select label="This ticket" data={LINK_KINDS} value={kind} onChange={(k) => k && setKind(k as TicketLinkKind)} allowDeselect={false} />
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput label="Ticket number" placeholder="1042" inputMode="numeric" style={{ flex: 1 }} {...form.bind('toTicketId')} />
          <Button type="submit" variant="default" mt={25} loading={form.submitting}>
            Link
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function MergeForm({ ticket, reload }: { ticket: Ticket; reload: () => void }) {
  const [, merge] = useMutation(MergeTicketsMutation);
  const lookUp = useTicketLookup('targetId');
  const navigate = useNavigate();
  const form = useGraphqlForm({ targetId: '' });
  const [target, setTarget] = useState<Other | null>(null);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const found = await form.submit(async () => {
      const other = await lookUp(form.values.targetId, ticket);
      return other.data ? { data: other.data } : other;
    });
    setTarget(found);
  }

  async function confirmMerge() {
    if (!target) return;
    const input = { sourceId: ticket.id, sourceVersion: ticket.version, targetId: target.id, targetVersion: target.version };
    setTarget(null);
    const data = await form.submit(() => merge({ input }));
    if (data) navigate(`/ops/tickets/${data.mergeTickets.number}`);
    else reload();
  }

  return (
    <>
      <form onSubmit={onSubmit} noValidate aria-label="Merge into another ticket">
        <Stack gap="xs">
          <FormAlert message={form.errors.form} />
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <TextInput label="Merge into ticket number" placeholder="1042" inputMode="numeric" style={{ flex: 1 }} {...form.bind('targetId')} />
            <Button type="submit" variant="default" color="red" mt={25} loading={form.submitting}>
              Merge…
            </Button>
          </Group>
        </Stack>
      </form>
      <Modal opened={target !== null} onClose={() => setTarget(null)} title={target ? `Merge ${ticket.displayNumber} into ${target.displayNumber}?` : ''} centered>
        {target && (
          <Stack>
            <Text>
              {ticket.displayNumber} closes as merged into {target.displayNumber} ({target.subject}). Its messages and watchers move to {target.displayNumber}, and
              anyone who opens {ticket.displayNumber} lands on {target.displayNumber}.
            </Text>
            {target.client.id !== ticket.client.id && <Text c="red.8">{target.displayNumber} belongs to {target.client.name}, another client: the merge will be refused.</Text>}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setTarget(null)}>
                Keep both
              </Button>
              <Button color="red" onClick={confirmMerge}>
                Merge {ticket.displayNumber} into {target.displayNumber}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
