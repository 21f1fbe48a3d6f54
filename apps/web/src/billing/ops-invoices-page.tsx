import { Alert, Button, Group, Modal, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ClientQuery } from '../clients/graphql/clients';
import { EmptyState, ErrorState, FormAlert, LoadingState } from '../common/page-states';
import { useGraphqlForm } from '../common/use-graphql-form';
import type { InvoiceFieldsFragment } from '../gql/graphql';
import { InvoicesQuery, MarkInvoicePaidMutation } from './graphql/billing';
import { InvoiceTable } from './invoice-table';

/** Ops: one client's invoices; manual invoices can be marked paid with a payment reference. */
export function OpsInvoicesPage() {
  const { slug = '' } = useParams();
  const [{ data: clientData, error: clientError }] = useQuery({ query: ClientQuery, variables: { slug } });
  const clientId = clientData?.client.id;
  const [{ data, error }, refetch] = useQuery({ query: InvoicesQuery, variables: { clientId: clientId ?? '' }, pause: !clientId });
  const [paying, setPaying] = useState<InvoiceFieldsFragment | null>(null);
  const [paid, setPaid] = useState<string | null>(null);
  const failure = clientError ?? error;
  if (failure && !data) return <ErrorState error={failure} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data || !clientData) return <LoadingState label="Loading invoices" />;
  return (
    <Stack>
      <Title order={1} size="h2">
        Invoices of {clientData.client.name}
      </Title>
      {paid && (
        <Alert color="teal" variant="light" role="status" withCloseButton closeButtonLabel="Dismiss" onClose={() => setPaid(null)}>
          {paid}
        </Alert>
      )}
      {data.invoices.length === 0 ? (
        <EmptyState title="No invoices" />
      ) : (
        <Paper withBorder radius="md">
          <InvoiceTable
            invoices={data.invoices}
            action={(inv) =>
              inv.status === 'OPEN' && inv.gateway === 'MANUAL' ? (
                <Button size="xs" onClick={() => setPaying(inv)} aria-label={`Mark ${inv.number ?? 'invoice'} paid`}>
                  Mark paid
                </Button>
              ) : null
            }
          />
        </Paper>
      )}
      <Modal opened={!!paying} onClose={() => setPaying(null)} title={`Mark ${paying?.number ?? 'invoice'} paid`} centered>
        {paying && (
          <MarkPaidForm
            invoice={paying}
            onDone={(msg) => {
              setPaying(null);
              setPaid(msg);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

function MarkPaidForm({ invoice, onDone }: { invoice: InvoiceFieldsFragment; onDone: (message: string) => void }) {
  const [, markPaid] = useMutation(MarkInvoicePaidMutation);
  const form = useGraphqlForm({ reference: '' });
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const data = await form.submit(() => markPaid({ input: { invoiceId: invoice.id, reference: form.values.reference } }));
    if (data) onDone(`${invoice.number ?? 'Invoice'} marked paid (${form.values.reference}); provisioning starts.`);
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert message={form.errors.form} />
        <TextInput label="Payment reference" description="Bank transfer id, cheque number…" required {...form.bind('reference')} />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            Mark {invoice.formattedAmount} paid
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
