import { Alert, Button, Card, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useCurrentClient } from '../clients/use-current-client';
import { EmptyState, ErrorState, FormAlert, LoadingState } from '../common/page-states';
import { useGraphqlForm } from '../common/use-graphql-form';
import type { BillingCycle, PackagesQuery as PackagesResult, PurchasePackageMutation as PurchaseResult } from '../gql/graphql';
import { PackagesQuery, PurchasePackageMutation } from './graphql/billing';

type Pkg = PackagesResult['packages'][number];
const CYCLE_WORDS: Record<BillingCycle, string> = { MONTHLY: 'per month', YEARLY: 'per year' };

/** The catalog with prices per cycle; buying asks for the domain and cycle, then Stripe or the invoice. */
export function PackagesPage() {
  const { client } = useCurrentClient();
  const [{ data, error }, refetch] = useQuery({ query: PackagesQuery });
  const [buying, setBuying] = useState<Pkg | null>(null);
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data || !client) return <LoadingState label="Loading packages" rows={4} />;
  return (
    <Stack>
      <Title order={1} size="h2">
        Packages
      </Title>
      {data.packages.length === 0 ? (
        <EmptyState title="Nothing on sale right now">Ask us in a ticket; we can set up what you need.</EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {data.packages.map((p) => (
            <Card key={p.id} withBorder radius="md" padding="lg" component="section" aria-label={p.name}>
              <Stack gap="xs" h="100%">
                <Title order={2} size="h3">
                  {p.name}
                </Title>
                <Text size="sm">{p.description}</Text>
                <Stack gap={0} mt="auto">
                  {p.prices.map((price) => (
                    <Text key={price.id} fw={600}>
                      {price.formattedAmount} {CYCLE_WORDS[price.cycle]}
                    </Text>
                  ))}
                </Stack>
                <Button onClick={() => setBuying(p)} aria-label={`Buy ${p.name}`}>
                  Buy
                </Button>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
      <Modal opened={!!buying} onClose={() => setBuying(null)} title={buying ? `Buy ${buying.name}` : ''} centered>
        {buying && <PurchaseForm pkg={buying} clientId={client.id} clientSlug={client.slug} />}
      </Modal>
    </Stack>
  );
}

function PurchaseForm({ pkg, clientId, clientSlug }: { pkg: Pkg; clientId: string; clientSlug: string }) {
  const cycles = pkg.prices.map((p) => p.cycle);
  const [cycle, setCycle] = useState<BillingCycle>(cycles[0] ?? 'MONTHLY');
  const [, purchase] = useMutation(PurchasePackageMutation);
  const form = useGraphqlForm({ domain: '' });
  const [done, setDone] = useState<PurchaseResult['purchasePackage'] | null>(null);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const data = await form.submit(() => purchase({ input: { clientId, packageSlug: pkg.slug, cycle, domain: form.values.domain.trim() } }));
    if (!data) return;
    if (data.purchasePackage.checkoutUrl) return window.location.assign(data.purchasePackage.checkoutUrl);
    setDone(data.purchasePackage);
  }

  if (done) {
    const inv = done.invoice;
    return (
      <Stack>
        <Alert color="teal" variant="light" title="Order placed" role="status">
          {inv
            ? `Invoice ${inv.number ?? ''} for ${inv.formattedAmount} is waiting for payment${inv.dueAt ? ` (due ${new Date(inv.dueAt).toLocaleDateString()})` : ''}. We set up ${done.order.domain} as soon as it is paid.`
            : `We set up ${done.order.domain} as soon as the payment arrives.`}
        </Alert>
        <Group>
          <Button component={Link} to={`/c/${clientSlug}/services`}>
            Watch the set-up
          </Button>
          <Button component={Link} to={`/c/${clientSlug}/invoices`} variant="default">
            See invoices
          </Button>
        </Group>
      </Stack>
    );
  }

  const price = pkg.prices.find((p) => p.cycle === cycle);
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert message={form.errors.form} />
        <TextInput label="Domain" description="The website or mail domain, e.g. example.coop" required {...form.bind('domain')} />
        {cycles.length > 1 && (
          <Stack gap={4}>
            <Text size="sm" fw={500} id="cycle-label">
              Billing
            </Text>
            <SegmentedControl
              aria-labelledby="cycle-label"
              value={cycle}
              onChange={(v) => setCycle(v as BillingCycle)}
              data={cycles.map((c) => ({ value: c, label: c === 'MONTHLY' ? 'Monthly' : 'Yearly' }))}
            />
          </Stack>
        )}
        {price && (
          <Text>
            {price.formattedAmount} {CYCLE_WORDS[price.cycle]}
          </Text>
        )}
        <Button type="submit" loading={form.submitting}>
          Continue to payment
        </Button>
      </Stack>
    </form>
  );
}
