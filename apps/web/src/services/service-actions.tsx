import { Alert, Anchor, Button, Group, Modal, Radio, Select, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PackagesQuery } from '../billing/graphql/billing';
import { ErrorState, FormAlert, LoadingState } from '../common/page-states';
import { useGraphqlForm } from '../common/use-graphql-form';
import type { ServiceFieldsFragment } from '../gql/graphql';
import { CancelServiceMutation, ChangeServicePackageMutation } from './graphql/services';

const CHANGEABLE = ['PROVISIONING', 'ACTIVE', 'DEGRADED'];
const CYCLE_WORDS: Record<string, string> = { MONTHLY: 'per month', YEARLY: 'per year' };

type Service = ServiceFieldsFragment;

/** An owner's buttons on one service: change package and cancel, each in a dialog that says what happens. */
export function ServiceActions({ service, clientSlug }: { service: Service; clientSlug: string }) {
  const [open, setOpen] = useState<'cancel' | 'change' | null>(null);
  const canChange = CHANGEABLE.includes(service.status);
  const canCancel = (canChange || service.status === 'SUSPENDED') && !service.cancelAtPeriodEnd;
  if (!canChange && !canCancel) return null;
  return (
    <Group gap="xs">
      {canChange && (
        <Button variant="default" size="xs" onClick={() => setOpen('change')} aria-label={`Change package of ${service.domain}`}>
          Change package
        </Button>
      )}
      {canCancel && (
        <Button variant="default" color="red" size="xs" onClick={() => setOpen('cancel')} aria-label={`Cancel service ${service.domain}`}>
          Cancel service
        </Button>
      )}
      <Modal opened={open === 'change'} onClose={() => setOpen(null)} title={`Change the package of ${service.domain}`} centered>
        {open === 'change' && <ChangePackageForm service={service} clientSlug={clientSlug} onDone={() => setOpen(null)} />}
      </Modal>
      <Modal opened={open === 'cancel'} onClose={() => setOpen(null)} title={`Cancel ${service.domain}?`} centered>
        {open === 'cancel' && <CancelForm service={service} onDone={() => setOpen(null)} />}
      </Modal>
    </Group>
  );
}

function paidUntil(service: Service): string {
  return service.currentPeriodEnd ? new Date(service.currentPeriodEnd).toLocaleDateString() : 'the end of the paid period';
}

function CancelForm({ service, onDone }: { service: Service; onDone: () => void }) {
  const [when, setWhen] = useState<'end' | 'now'>('end');
  const [, cancel] = useMutation(CancelServiceMutation);
  const form = useGraphqlForm({});

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const data = await form.submit(() => cancel({ input: { serviceId: service.id, atPeriodEnd: when === 'end' } }));
    if (data) onDone();
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert message={form.errors.form} />
        <Radio.Group label="When should it stop?" value={when} onChange={(v) => setWhen(v as 'end' | 'now')}>
          <Stack gap="xs" mt="xs">
            <Radio value="end" label={`At the end of the paid period (${paidUntil(service)})`} />
            <Radio value="now" label="Now" />
          </Stack>
        </Radio.Group>
        <Text size="sm" aria-live="polite">
          {when === 'end'
            ? `${service.domain} keeps running until ${paidUntil(service)}, then it is shut down. You are not billed for it again.`
            : `${service.domain} is shut down right away: the website and mail stop and open invoices for it are voided. Backups are kept for their retention period.`}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Keep the service
          </Button>
          <Button type="submit" color="red" loading={form.submitting}>
            {when === 'end' ? 'Cancel at period end' : 'Shut down now'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ChangePackageForm({ service, clientSlug, onDone }: { service: Service; clientSlug: string; onDone: () => void }) {
  const [{ data, error }, refetch] = useQuery({ query: PackagesQuery });
  const [, change] = useMutation(ChangeServicePackageMutation);
  const form = useGraphqlForm({ packageSlug: '' });
  const [changed, setChanged] = useState<Service | null>(null);

  if (changed) {
    return (
      <Stack>
        <Alert color="teal" variant="light" role="status" title="Package changed">
          {changed.domain} is now on {changed.package.name}
          {changed.cycle && `, billed ${changed.cycle.toLowerCase()}`}. Its resources are being updated. If the new package costs more, an invoice for the rest of
          this period is waiting on the{' '}
          <Anchor component={Link} to={`/c/${clientSlug}/invoices`} c="inherit" underline="always">
            invoices page
          </Anchor>
          .
        </Alert>
        <Button onClick={onDone} w="fit-content">
          Done
        </Button>
      </Stack>
    );
  }
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingState label="Loading packages" />;

  const cycle = service.cycle ?? 'MONTHLY';
  const options = data.packages
    .filter((p) => p.slug !== service.package.slug)
    .map((p) => {
      const price = p.prices.find((x) => x.cycle === cycle);
      // The change keeps the billing cycle, so a package without a price in it cannot be chosen.
      return { value: p.slug, label: price ? `${p.name}: ${price.formattedAmount} ${CYCLE_WORDS[cycle] ?? ''}` : `${p.name} (not sold ${cycle.toLowerCase()})`, disabled: !price };
    });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const result = await form.submit(() => change({ input: { serviceId: service.id, packageSlug: form.values.packageSlug } }));
    if (result) setChanged(result.changeServicePackage);
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm">
          Now on {service.package.name}. The change applies right away; billing stays {cycle.toLowerCase()} and the difference for the rest of this period is prorated.
        </Text>
        <FormAlert message={form.errors.form} />
        <Select label="New package" placeholder="Pick a package" data={options} required nothingFoundMessage="No other package is on sale" {...form.bindSelect('packageSlug')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Keep {service.package.name}
          </Button>
          <Button type="submit" loading={form.submitting} disabled={!form.values.packageSlug}>
            Change package
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
