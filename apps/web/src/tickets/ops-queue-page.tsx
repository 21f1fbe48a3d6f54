import { Alert, Anchor, Badge, Button, Checkbox, Group, Kbd, Paper, Select, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery, useSubscription } from 'urql';
import { formErrors } from '../common/graphql-errors';
import { EmptyState, ErrorState, LoadingState } from '../common/page-states';
import type { TicketOrder, TicketPriority, TicketQueueView } from '../gql/graphql';
import { useMe } from '../layout/me-context';
import { BulkUpdateTicketsMutation, ClaimNextTicketMutation, TicketQueueChangedSubscription, TicketQueueCountsQuery, TicketQueueQuery } from './graphql/ticket-queue';
import { SlaBadges, useNow } from './sla-badges';
import { moveSelection, PRIORITY_STARS, priorityLabel, STAFF_STATUS } from './ticket-words';
import { QUEUE_VIEWS, useWorkingGroups } from './working-groups';

const PAGE = 25;
const ORDERS: { value: TicketOrder; label: string }[] = [
  { value: 'SLA_DUE', label: 'SLA due first' },
  { value: 'PRIORITY', label: 'Priority' },
  { value: 'AGE', label: 'Oldest first' },
  { value: 'LAST_ACTIVITY', label: 'Last activity' },
];
const PRIORITIES = [
  { value: 'HIGH', label: priorityLabel('HIGH') },
  { value: 'MEDIUM', label: priorityLabel('MEDIUM') },
  { value: 'LOW', label: priorityLabel('LOW') },
];

/** Ignore shortcuts while the user types in a field. */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** The ops queue: views with live counts, filters, SLA badges, claim next, bulk actions, j/k/c/r/n. */
export function OpsQueuePage() {
  const me = useMe();
  const now = useNow();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const view = (params.get('view') ?? 'OPEN') as TicketQueueView;
  const [group, setGroup] = useState<string | null>(null);
  const [priority, setPriority] = useState<string | null>(null);
  const [orderBy, setOrderBy] = useState<TicketOrder | null>(null);
  const [text, setText] = useState('');
  const [debouncedText] = useDebouncedValue(text, 300);
  const [after, setAfter] = useState<string | null>(null);
  const [cursor, setCursor] = useState(-1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<{ color: string; text: string } | null>(null);
  const workingGroups = useWorkingGroups();
  const filter = { workingGroup: group, priority: priority ? [priority as TicketPriority] : null, text: debouncedText || null };

  const [{ data, error }, refetch] = useQuery({ query: TicketQueueQuery, variables: { view, filter, orderBy, first: PAGE, after } });
  // The counts wait for the first rows: counting every view is the heavier query, and rows come first.
  const [{ data: counts }] = useQuery({ query: TicketQueueCountsQuery, variables: { filter }, pause: !data });
  useSubscription({ query: TicketQueueChangedSubscription, variables: { view } });
  const [, claimNext] = useMutation(ClaimNextTicketMutation);
  const [, bulkUpdate] = useMutation(BulkUpdateTicketsMutation);
  const rows = data?.ticketQueue.edges.map((e) => e.node) ?? [];
  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  useEffect(() => {
    setCursor(-1);
    setSelected(new Set());
  }, [view, group, priority, orderBy, debouncedText, after]);

  const numberOf = (id: string) => rowsRef.current.find((r) => r.id === id)?.displayNumber ?? 'A ticket';

  async function runBulk(change: Record<string, unknown>, what: string, ids = [...selected]) {
    const versions = ids.map((id) => rowsRef.current.find((r) => r.id === id)?.version ?? 0);
    const result = await bulkUpdate({ input: { ticketIds: ids, versions, ...change } });
    if (result.error) return setNotice({ color: 'red', text: formErrors(result.error).form ?? 'The change failed.' });
    const failed = result.data!.bulkUpdateTickets.results.filter((r) => !r.ok);
    setNotice(
      failed.length === 0
        ? { color: 'teal', text: `${what}: ${ids.length} ticket${ids.length === 1 ? '' : 's'} updated.` }
        : {
            color: 'orange',
            text: `${what}: ${ids.length - failed.length} updated, ${failed.length} not. ${failed.map((f) => `${numberOf(f.ticketId)}: ${f.errorMessage ?? f.errorCode}`).join(' ')}`,
          },
    );
    setSelected(new Set());
    refetch({ requestPolicy: 'network-only' });
  }

  async function onClaimNext() {
    const result = await claimNext({ input: { workingGroup: group } });
    if (result.error) return setNotice({ color: 'red', text: formErrors(result.error).form ?? 'Could not claim.' });
    const ticket = result.data?.claimNextTicket;
    if (!ticket) return setNotice({ color: 'blue', text: group ? `Nothing left to claim in ${group}.` : 'Nothing left to claim.' });
    navigate(`/ops/tickets/${ticket.number}`);
  }

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.metaKey || e.ctrlKey || e.altKey || typing(e.target)) return;
      const list = rowsRef.current;
      const current = list[cursor];
      if (e.key === 'j' || e.key === 'k') {
        e.preventDefault();
        const next = moveSelection(cursor, e.key === 'j' ? 1 : -1, list.length);
        setCursor(next);
        document.getElementById(`queue-row-${list[next]?.id}`)?.scrollIntoView({ block: 'nearest' });
      } else if (e.key === 'x' && current) {
        setSelected((s) => toggle(s, current.id));
      } else if (e.key === 'c') {
        e.preventDefault();
        void onClaimNext();
      } else if ((e.key === 'Enter' || e.key === 'o') && current) {
        navigate(`/ops/tickets/${current.number}`);
      } else if ((e.key === 'r' || e.key === 'n') && current) {
        navigate(`/ops/tickets/${current.number}?compose=${e.key === 'r' ? 'reply' : 'note'}`);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));

  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={1} size="h2">
          Ticket queue
        </Title>
        <Group gap="xs" align="flex-end">
          <Button onClick={onClaimNext}>{group ? `Claim next in ${group}` : 'Claim next'}</Button>
        </Group>
      </Group>
      <Tabs
        value={view}
        onChange={(v) => {
          setAfter(null);
          setParams(v ? { view: v } : {});
        }}
      >
        <Tabs.List>
          {QUEUE_VIEWS.map((v) => (
            <Tabs.Tab key={v.view} value={v.view} rightSection={counts ? <Badge variant="light" size="sm">{counts.ticketQueueCounts[v.count]}</Badge> : null}>
              {v.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={view} pt="md">
          <Stack>
            <Group gap="sm" align="flex-end" wrap="wrap">
              <Select label="Working group" placeholder="All groups" data={workingGroups} value={group} onChange={setGroup} clearable w={180} />
              <Select label="Priority" placeholder="Any" data={PRIORITIES} value={priority} onChange={setPriority} clearable w={160} />
              <Select label="Sort" placeholder="Default" data={ORDERS} value={orderBy} onChange={(v) => setOrderBy(v as TicketOrder | null)} clearable w={170} />
              <TextInput label="Search" placeholder="Words in subject or messages" value={text} onChange={(e) => setText(e.currentTarget.value)} w={240} />
            </Group>
            {notice && (
              <Alert color={notice.color} variant="light" role="status" withCloseButton closeButtonLabel="Dismiss" onClose={() => setNotice(null)}>
                {notice.text}
              </Alert>
            )}
            {selected.size > 0 && (
              <Paper withBorder p="sm" radius="md" bg="gray.0" role="region" aria-label="Bulk actions">
                <Group gap="xs" wrap="wrap">
                  <Text fw={600} size="sm">
                    {selected.size} selected
                  </Text>
                  <Button size="xs" variant="default" onClick={() => runBulk({ assigneeId: me.id }, 'Assigned to you')}>
                    Assign to me
                  </Button>
                  {PRIORITIES.map((p) => (
                    <Button key={p.value} size="xs" variant="default" onClick={() => runBulk({ priority: p.value }, `Priority ${p.label}`)}>
                      {p.label}
                    </Button>
                  ))}
                  <Select
                    size="xs"
                    aria-label="Move selected to working group"
                    placeholder="Move to group…"
                    data={workingGroups}
                    value={null}
                    onChange={(g) => g && runBulk({ workingGroup: g }, `Moved to ${g}`)}
                    w={170}
                  />
                  <Button size="xs" variant="default" onClick={() => runBulk({ status: 'RESOLVED' }, 'Resolved')}>
                    Resolve
                  </Button>
                </Group>
              </Paper>
            )}
            {error && !data ? (
              <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
            ) : !data ? (
              <LoadingState label="Loading the queue" rows={8} />
            ) : rows.length === 0 ? (
              <EmptyState title="Nothing here">{view === 'TRIAGE' ? 'Every ticket has a group and a priority.' : 'No ticket matches this view and these filters.'}</EmptyState>
            ) : (
              <Paper withBorder radius="md">
                <Table.ScrollContainer minWidth={900}>
                  <Table verticalSpacing="xs" highlightOnHover highlightOnHoverColor="gray.0" aria-label={`Tickets: ${data.ticketQueue.totalCount}`}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th w={36}>
                          <Checkbox
                            aria-label="Select all on this page"
                            checked={allSelected}
                            indeterminate={selected.size > 0 && !allSelected}
                            onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.id)))}
                          />
                        </Table.Th>
                        <Table.Th>Number</Table.Th>
                        <Table.Th>Subject</Table.Th>
                        <Table.Th>Client</Table.Th>
                        <Table.Th>Priority</Table.Th>
                        <Table.Th>Group</Table.Th>
                        <Table.Th>Assignee</Table.Th>
                        <Table.Th>Status</Table.Th>
                        <Table.Th>SLA</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {rows.map((t, i) => (
                        <Table.Tr
                          key={t.id}
                          id={`queue-row-${t.id}`}
                          bg={i === cursor ? 'teal.0' : selected.has(t.id) ? 'gray.0' : undefined}
                          aria-current={i === cursor ? 'true' : undefined}
                          onClick={() => setCursor(i)}
                        >
                          <Table.Td>
                            <Checkbox aria-label={`Select ${t.displayNumber}`} checked={selected.has(t.id)} onChange={() => setSelected((s) => toggle(s, t.id))} />
                          </Table.Td>
                          <Table.Td>
                            <Text ff="monospace" fw={600}>
                              {t.displayNumber}
                            </Text>
                          </Table.Td>
                          <Table.Td maw={320}>
                            <Anchor component={Link} to={`/ops/tickets/${t.number}`} lineClamp={1}>
                              {t.subject}
                            </Anchor>
                          </Table.Td>
                          <Table.Td>{t.client.name}</Table.Td>
                          <Table.Td title={priorityLabel(t.priority)}>{t.priority ? PRIORITY_STARS[t.priority] : <Text size="sm" c="dimmed">untriaged</Text>}</Table.Td>
                          <Table.Td>{t.workingGroup?.name ?? <Text size="sm" c="dimmed">none</Text>}</Table.Td>
                          <Table.Td>{t.assignee?.name ?? <Text size="sm" c="dimmed">nobody</Text>}</Table.Td>
                          <Table.Td>{STAFF_STATUS[t.status]}</Table.Td>
                          <Table.Td>
                            <SlaBadges sla={t.sla} now={now} />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Paper>
            )}
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                <Kbd>j</Kbd>/<Kbd>k</Kbd> move · <Kbd>x</Kbd> select · <Kbd>c</Kbd> claim next · <Kbd>o</Kbd> open · <Kbd>r</Kbd> reply · <Kbd>n</Kbd> note
              </Text>
              <Group gap="xs">
                {after && (
                  <Button variant="subtle" size="xs" onClick={() => setAfter(null)}>
                    First page
                  </Button>
                )}
                {data?.ticketQueue.pageInfo.hasNextPage && (
                  <Button variant="default" size="xs" onClick={() => setAfter(data.ticketQueue.pageInfo.endCursor ?? null)}>
                    Next page
                  </Button>
                )}
              </Group>
            </Group>
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function toggle(set: Set<string>, id: string): Set<string> {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
