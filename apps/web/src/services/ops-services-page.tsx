import { Alert, Badge, Button, Group, Modal, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { formErrors } from '../common/graphql-errors';
import { EmptyState, ErrorState, FormAlert, LoadingState } from '../common/page-states';
import { useGraphqlForm } from '../common/use-graphql-form';
import type { ManualSuspensionReason, ServiceFieldsFragment, ServiceStatus } from '../gql/graphql';
import { OpsServicesQuery, RetryProvisioningMutation, SuspendServiceMutation, UnsuspendServiceMutation } from './graphql/services';
import { ResourceList } from './resource-list';
import { serviceStatusWords } from './service-words';

const STATUSES: { value: ServiceStatus; label: string }[] = [
  { value: 'DEGRADED', label: 'Degraded' },
  { value: 'PROVISIONING', label: 'Provisioning' },
  { value: 'SUSPENDED', label: 'Suspended' },
  { value: 'ACTIVE', label: 'Active' },
  { value: 'TERMINATING', label: 'Terminating' },
  { value: 'TERMINATED', label: 'Terminated' },
  { value: 'CANCELLED', label: 'Cancelled' },
];

/** Ops: services, failed and degraded first; each resource's run log, retry, suspend/unsuspend with a reason. */
export function OpsServicesPage() {
  const [status, setStatus] = useState<ServiceStatus | null>('DEGRADED');
  const [domain, setDomain] = useState('');
  const [{ data, error }, refetch] = useQuery({ query: OpsServicesQuery, variables: { first: 50, filter: { status, domain: domain || null } } });
  const [, retry] = useMutation(RetryProvisioningMutation);
  const [, unsuspend] = useMutation(UnsuspendServiceMutation);
  const [suspending, setSuspending] = useState<ServiceFieldsFragment | null>(null);
  const [notice, setNotice] = useState<{ color: string; text: string } | null>(null);

  async function act(run: () => Promise<{ error?: Parameters<typeof formErrors>[0] }>, done: string) {
    const result = await run();
    setNotice(result.error ? { color: 'red', text: formErrors(result.error).form ?? 'That failed.' } : { color: 'teal', text: done });
  }

  return (
    <Stack>
      <Title order={1} size="h2">
        Services
      </Title>
      <Group align="flex-end">
        <Select label="Status" placeholder="Any status" data={STATUSES} value={status} onChange={(v) => setStatus(v as ServiceStatus | null)} clearable w={200} />
        <TextInput label="Domain" placeholder="example.coop" value={domain} onChange={(e) => setDomain(e.currentTarget.value)} w={240} />
      </Group>
      {notice && (
        <Alert color={notice.color} variant="light" role="status" withCloseButton closeButtonLabel="Dismiss" onClose={() => setNotice(null)}>
          {notice.text}
        </Alert>
      )}
      {error && !data ? (
        <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <LoadingState label="Loading services" rows={6} />
      ) : data.services.edges.length === 0 ? (
        <EmptyState title={status === 'DEGRADED' ? 'Nothing degraded' : 'No services match'}>{status === 'DEGRADED' ? 'Every service is healthy.' : undefined}</EmptyState>
      ) : (
        data.services.edges.map(({ node: s }) => {
          const words = serviceStatusWords(s.status, s.suspensionReason);
          return (
            <Paper key={s.id} withBorder radius="md" p="md" component="section" aria-label={`${s.domain}: ${s.status}`}>
              <Stack gap="sm">
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={0}>
                    <Title order={2} size="h4">
                      {s.domain}
                    </Title>
                    <Text size="sm" c="dimmed">
                      {s.package.name}
                    </Text>
                  </Stack>
                  <Group gap="xs">
                    <Badge variant="light" color={words.color}>
                      {s.status}
                      {s.suspensionReason ? ` (${s.suspensionReason})` : ''}
                    </Badge>
                    {(s.status === 'DEGRADED' || s.resources.some((r) => r.status === 'FAILED')) && (
                      <Button size="xs" onClick={() => act(() => retry({ serviceId: s.id }), `Retrying ${s.domain}.`)}>
                        Retry
                      </Button>
                    )}
                    {s.status === 'SUSPENDED' ? (
                      <Button size="xs" variant="default" onClick={() => act(() => unsuspend({ input: { serviceId: s.id, note: 'Unsuspended from the console' } }), `${s.domain} unsuspended.`)}>
                        Unsuspend
                      </Button>
                    ) : (
                      ['ACTIVE', 'DEGRADED', 'PROVISIONING'].includes(s.status) && (
                        <Button size="xs" variant="default" color="red" onClick={() => setSuspending(s)}>
                          Suspend
                        </Button>
                      )
                    )}
                  </Group>
                </Group>
                <ResourceList resources={s.resources} showRunLog />
              </Stack>
            </Paper>
          );
        })
      )}
      <Modal opened={!!suspending} onClose={() => setSuspending(null)} title={`Suspend ${suspending?.domain ?? ''}`} centered>
        {suspending && (
          <SuspendForm
            service={suspending}
            onDone={(text) => {
              setSuspending(null);
              setNotice({ color: 'teal', text });
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

function SuspendForm({ service, onDone }: { service: ServiceFieldsFragment; onDone: (text: string) => void }) {
  const [reason, setReason] = useState<ManualSuspensionReason>('MANUAL');
  const [, suspend] = useMutation(SuspendServiceMutation);
  const form = useGraphqlForm({ note: '' });
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const data = await form.submit(() => suspend({ input: { serviceId: service.id, reason, note: form.values.note } }));
    if (data) onDone(`${service.domain} suspended.`);
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert message={form.errors.form} />
        <Select
          label="Reason"
          data={[
            { value: 'MANUAL', label: 'Manual' },
            { value: 'ABUSE', label: 'Abuse' },
          ]}
          value={reason}
          allowDeselect={false}
          onChange={(v) => v && setReason(v as ManualSuspensionReason)}
        />
        <TextInput label="Note" description="Why; the client sees the reason, staff see the note." required {...form.bind('note')} />
        <Button type="submit" color="red" loading={form.submitting}>
          Suspend service
        </Button>
      </Stack>
    </form>
  );
}
