import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { TicketMessageKind } from '../gql/graphql';
import classes from './message-list.module.css';

export type ThreadMessage = { id: string; kind: TicketMessageKind; body: string; author?: string | null; fromStaff: boolean; createdAt: string };

/**
 * The conversation, oldest first. Internal notes (staff only) are unmistakable: striped amber with a
 * dashed border, an "Internal note: clients never see this" label, and "Internal note" read out first.
 */
export function MessageList({ messages, staffView = false }: { messages: ThreadMessage[]; staffView?: boolean }) {
  return (
    <Stack gap="sm" component="ol" className={classes.list} aria-label="Conversation">
      {byTime(messages).map((m) => {
        const internal = m.kind === 'INTERNAL';
        const who = m.author ?? 'System';
        return (
          <Paper
            key={m.id}
            component="li"
            withBorder
            radius="md"
            p="md"
            className={internal ? classes.internal : m.fromStaff ? classes.staff : classes.client}
            aria-label={`${internal ? 'Internal note' : 'Reply'} from ${who}`}
          >
            <Group justify="space-between" mb={6} wrap="wrap" gap="xs">
              <Group gap="xs">
                <Text fw={600} size="sm">
                  {who}
                  {!staffView && m.fromStaff && (
                    <Text span c="dimmed" size="sm">
                      {' '}
                      · Co-op team
                    </Text>
                  )}
                </Text>
                {internal && (
                  <Badge color="yellow" variant="filled" c="dark.9" size="sm">
                    Internal note: clients never see this
                  </Badge>
                )}
                {staffView && !internal && (
                  <Badge color={m.fromStaff ? 'teal' : 'blue'} variant="light" size="sm">
                    {m.fromStaff ? 'Public reply' : 'From client'}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed" component="time" dateTime={m.createdAt}>
                {new Date(m.createdAt).toLocaleString()}
              </Text>
            </Group>
            <Text className={classes.body}>{m.body}</Text>
          </Paper>
        );
      })}
    </Stack>
  );
}

/** Oldest first, whatever order the server sent (a stable sort keeps its order for equal times). */
function byTime(messages: ThreadMessage[]): ThreadMessage[] {
  return [...messages].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}
