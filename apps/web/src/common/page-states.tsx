import { Alert, Button, Center, Group, Loader, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { errorCode, formErrors } from './graphql-errors';

/** While data loads: a few grey lines shaped like the content, announced to screen readers. */
export function LoadingState({ label = 'Loading', rows = 3 }: { label?: string; rows?: number }) {
  return (
    <Stack gap="sm" role="status" aria-live="polite" aria-label={label}>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={18} width={`${90 - i * 15}%`} radius="sm" />
      ))}
      <Text size="sm" c="dimmed" className="visually-hidden">
        {label}…
      </Text>
    </Stack>
  );
}

/** Full-page loading (route chunks, the first `me`). */
export function PageLoader() {
  return (
    <Center h="60vh" role="status" aria-label="Loading">
      <Loader />
    </Center>
  );
}

/** Nothing to show yet: says so, and offers the next step. */
export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="xl" ta="center">
      <Stack align="center" gap="xs">
        <Title order={3} size="h4">
          {title}
        </Title>
        {children && (
          <Text c="dimmed" maw={460}>
            {children}
          </Text>
        )}
        {action && <Group mt="sm">{action}</Group>}
      </Stack>
    </Paper>
  );
}

type ErrorLike = Parameters<typeof formErrors>[0];

/** A failed load: what went wrong in plain words, and a way to try again. */
export function ErrorState({ error, retry, title }: { error: ErrorLike; retry?: () => void; title?: string }) {
  const code = errorCode(error);
  const heading = title ?? (code === 'NOT_FOUND' ? 'Not found' : code === 'FORBIDDEN' ? 'Not allowed' : 'Could not load this');
  const message = code === 'NOT_FOUND' ? 'It does not exist, or you do not have access to it.' : formErrors(error).form;
  return (
    <Alert color="red" variant="light" title={heading} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{message ?? 'Please try again.'}</Text>
        {retry && (
          <Button size="xs" variant="white" color="red" onClick={retry}>
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** The form-level message of a failed mutation (field messages go next to their fields). */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" role="alert">
      {message}
    </Alert>
  );
}
