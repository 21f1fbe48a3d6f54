import { Alert, Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatMoney } from '../common/money';
import { EmptyState, ErrorState, LoadingState } from '../common/page-states';
import type { AdminPackageFieldsFragment } from '../gql/graphql';
import { AllPackagesQuery, RetirePackageMutation } from './graphql/admin';
import { PackageForm } from './package-form';
import { CYCLES, describeSpec } from './package-input';
import { RetireConfirm } from './retire-confirm';
import { AdminTable, NO_TRUNCATE, RowActions } from './admin-table';

type Pkg = AdminPackageFieldsFragment;

/** Admins: the catalog with prices per cycle and partner costs; create, edit, retire. */
export function AdminPackagesPage() {
  const [{ data, error }, refetch] = useQuery({ query: AllPackagesQuery });
  const [, retirePackage] = useMutation(RetirePackageMutation);
  const [editing, setEditing] = useState<Pkg | 'new' | null>(null);
  const [retiring, setRetiring] = useState<Pkg | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingState label="Loading packages" rows={4} />;
  const packages = [...data.allPackages].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name));
  const newButton = <Button onClick={() => setEditing('new')}>New package</Button>;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Packages &amp; prices
        </Title>
        {packages.length > 0 && newButton}
      </Group>
      {saved && (
        <Alert color="teal" variant="light" role="status" withCloseButton closeButtonLabel="Dismiss" onClose={() => setSaved(null)}>
          {saved}
        </Alert>
      )}
      {packages.length === 0 ? (
        <EmptyState title="No packages yet" action={newButton}>
          A package says what a client buys (a website, mail, backups) and what it costs per month or year.
        </EmptyState>
      ) : (
        <AdminTable minWidth={860} headers={['Package', 'Prices (partner cost)', 'Grace / suspension', 'Status']}>
            {packages.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Text fw={600}>{p.name}</Text>
                  <Text size="xs" c="dimmed">
                    <Text span ff="monospace" inherit>
                      {p.slug}
                    </Text>{' '}
                    · {describeSpec(p.spec)}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {CYCLES.map(({ cycle, label }) => {
                    const price = p.prices.find((x) => x.cycle === cycle);
                    return price ? (
                      <Text key={cycle} size="sm">
                        {label}: <strong>{price.formattedAmount}</strong>
                        {price.partnerCost != null && (
                          <Text span c="dimmed" inherit>
                            {' '}
                            ({formatMoney(price.partnerCost, price.currency)})
                          </Text>
                        )}
                      </Text>
                    ) : null;
                  })}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">
                    {p.graceDays} / {p.suspensionDays} days
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge styles={NO_TRUNCATE} variant="light" color={p.active ? 'teal' : 'gray'}>
                    {p.active ? 'On sale' : 'Retired'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <RowActions name={p.name} active={p.active} onEdit={() => setEditing(p)} onRetire={() => setRetiring(p)} />
                </Table.Td>
              </Table.Tr>
            ))}
        </AdminTable>
      )}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'New package' : `Edit ${editing?.name ?? ''}`} size="lg">
        {editing !== null && (
          <PackageForm
            pkg={editing === 'new' ? null : editing}
            onDone={(pkg) => {
              setSaved(editing === 'new' ? `${pkg.name} is on sale.` : `${pkg.name} saved.`);
              setEditing(null);
            }}
          />
        )}
      </Modal>
      <RetireConfirm name={retiring?.name ?? null} onClose={() => setRetiring(null)} retire={async () => {
          const result = await retirePackage({ input: { slug: retiring!.slug } });
          if (!result.error) setSaved(`${retiring!.name} is retired: off sale, and running services keep it.`);
          return result;
        }}>
        It goes off sale now. Services already bought keep running and keep their price.
      </RetireConfirm>
    </Stack>
  );
}
