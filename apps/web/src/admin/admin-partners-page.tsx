import { Alert, Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formErrors } from '../common/graphql-errors';
import { formatMoney } from '../common/money';
import { EmptyState, ErrorState, LoadingState } from '../common/page-states';
import type { PartnerFieldsFragment } from '../gql/graphql';
import { PartnersQuery, RetirePartnerMutation, TestPartnerConnectionMutation } from './graphql/admin';
import { PartnerForm } from './partner-form';
import { DRIVERS, KIND_WORDS } from './partner-input';
import { RetireConfirm } from './retire-confirm';
import { AdminTable, NO_TRUNCATE, RowActions } from './admin-table';

type Partner = PartnerFieldsFragment;
type Notice = { ok: boolean; title: string; message: string };

/** Admins: the partner hosters, what they offer where, and whether we can reach them. */
export function AdminPartnersPage() {
  const [{ data, error }, refetch] = useQuery({ query: PartnersQuery });
  const [, retirePartner] = useMutation(RetirePartnerMutation);
  const [, testConnection] = useMutation(TestPartnerConnectionMutation);
  const [editing, setEditing] = useState<Partner | 'new' | null>(null);
  const [retiring, setRetiring] = useState<Partner | null>(null);
  const [testing, setTesting] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingState label="Loading partners" rows={4} />;
  const partners = [...data.partners].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name));
  const newButton = <Button onClick={() => setEditing('new')}>Add partner</Button>;

  async function test(p: Partner) {
    setTesting(p.id);
    const result = await testConnection({ id: p.id });
    setTesting(null);
    const outcome = result.data?.testPartnerConnection;
    setNotice(
      outcome
        ? { ok: outcome.ok, title: outcome.ok ? `${p.name}: connected` : `${p.name}: connection failed`, message: outcome.message }
        : { ok: false, title: `${p.name}: could not test`, message: formErrors(result.error).form ?? '' },
    );
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Partners
        </Title>
        {partners.length > 0 && newButton}
      </Group>
      {notice && (
        <Alert color={notice.ok ? 'teal' : 'red'} variant="light" title={notice.title} role={notice.ok ? 'status' : 'alert'} withCloseButton closeButtonLabel="Dismiss" onClose={() => setNotice(null)}>
          {notice.message}
        </Alert>
      )}
      {partners.length === 0 ? (
        <EmptyState title="No partners yet" action={newButton}>
          Partners are the hosters that run our clients’ servers, mail and backups. Nothing can be provisioned without one.
        </EmptyState>
      ) : (
        <AdminTable minWidth={900} headers={['Partner', 'Hosts (price per unit and month)', 'Regions', 'Status']}>
            {partners.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Text fw={600}>{p.name}</Text>
                  <Text size="xs" c="dimmed">
                    {DRIVERS[p.driver].label}
                    {p.coop ? ' · co-op' : ''}
                    {DRIVERS[p.driver].credential ? (p.hasCredentials ? ' · credentials stored' : ' · no credentials') : ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {p.offers.map((o) => (
                    <Text key={o.kind} size="sm">
                      {KIND_WORDS[o.kind]}
                      {o.priceCents != null && ` (${formatMoney(o.priceCents, 'CAD')})`}
                      {o.capacity != null && (
                        <Text span c="dimmed" inherit>
                          {' '}
                          · up to {o.capacity}
                        </Text>
                      )}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{p.regions.join(', ') || 'Anywhere'}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Group gap={4} wrap="nowrap">
                    <Badge styles={NO_TRUNCATE} variant="light" color={p.active ? 'teal' : 'gray'}>
                      {p.active ? 'Active' : 'Retired'}
                    </Badge>
                    {p.simulated && (
                      <Badge styles={NO_TRUNCATE} variant="outline" color="grape">
                        Simulated
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <RowActions name={p.name} active={p.active} onEdit={() => setEditing(p)} onRetire={() => setRetiring(p)}>
                    <Button size="xs" variant="light" loading={testing === p.id} onClick={() => test(p)} aria-label={`Test connection to ${p.name}`}>
                      Test connection
                    </Button>
                  </RowActions>
                </Table.Td>
              </Table.Tr>
            ))}
        </AdminTable>
      )}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'Add partner' : `Edit ${editing?.name ?? ''}`} size="lg">
        {editing !== null && (
          <PartnerForm
            partner={editing === 'new' ? null : editing}
            onDone={(p) => {
              setNotice({ ok: true, title: editing === 'new' ? `${p.name} added` : `${p.name} saved`, message: 'Use “Test connection” to check its credentials.' });
              setEditing(null);
            }}
          />
        )}
      </Modal>
      <RetireConfirm name={retiring?.name ?? null} onClose={() => setRetiring(null)} retire={async () => {
          const result = await retirePartner({ id: retiring!.id });
          if (!result.error) setNotice({ ok: true, title: `${retiring!.name} retired`, message: 'Nothing new is placed there.' });
          return result;
        }}>
        Nothing new is placed at a retired partner. What it already hosts stays where it is.
      </RetireConfirm>
    </Stack>
  );
}
