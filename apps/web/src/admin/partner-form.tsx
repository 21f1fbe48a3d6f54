import { Button, Checkbox, Fieldset, Group, PasswordInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { FormAlert } from '../common/page-states';
import { useGraphqlForm } from '../common/use-graphql-form';
import type { PartnerDriver, PartnerFieldsFragment, ResourceKind } from '../gql/graphql';
import { CreatePartnerMutation, UpdatePartnerMutation } from './graphql/admin';
import { DRIVERS, EMPTY_PARTNER_VALUES, KIND_WORDS, partnerInput, partnerValues } from './partner-input';

const DRIVER_OPTIONS = (Object.keys(DRIVERS) as PartnerDriver[]).map((d) => ({ value: d, label: DRIVERS[d].label }));

/** Creates a partner, or edits one; credentials are write-only: a stored one is never shown, only replaced. */
export function PartnerForm({ partner, onDone }: { partner: PartnerFieldsFragment | null; onDone: (saved: PartnerFieldsFragment) => void }) {
  const start = partner ? partnerValues(partner) : { values: EMPTY_PARTNER_VALUES, kinds: [] as ResourceKind[] };
  const form = useGraphqlForm(start.values);
  const [driver, setDriver] = useState<PartnerDriver>(partner?.driver ?? 'DIGITALOCEAN');
  const [kinds, setKinds] = useState<ResourceKind[]>(start.kinds);
  const [coop, setCoop] = useState(partner?.coop ?? true);
  const [, create] = useMutation(CreatePartnerMutation);
  const [, update] = useMutation(UpdatePartnerMutation);
  const { bind } = form;
  const d = DRIVERS[driver];

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const result = partnerInput(form.values, driver, kinds);
    if ('errors' in result) return form.fail(result.errors);
    if (partner) {
      // An unchanged base URL is left out: the sandbox's `sandbox://simulated` is not one the API accepts as new.
      const { apiBaseUrl, ...rest } = result.input;
      const changed = apiBaseUrl !== partner.apiBaseUrl ? { apiBaseUrl } : {};
      const data = await form.submit(() => update({ input: { id: partner.id, coop, ...rest, ...changed } }));
      if (data) onDone(data.updatePartner);
    } else {
      const data = await form.submit(() => create({ input: { driver, coop, ...result.input } }));
      if (data) onDone(data.createPartner);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate autoComplete="off">
      <Stack>
        <FormAlert message={form.errors.form} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Name" required {...bind('name')} />
          <Select
            label="Driver"
            data={DRIVER_OPTIONS}
            value={driver}
            onChange={(v) => v && setDriver(v as PartnerDriver)}
            allowDeselect={false}
            disabled={!!partner}
            description={partner ? 'Fixed once created' : undefined}
          />
        </SimpleGrid>
        <TextInput label="API base URL" required {...bind('apiBaseUrl')} />
        <TextInput label="Regions" description="Comma-separated region slugs, e.g. tor1, ams3" {...bind('regions')} />
        <Checkbox label="A co-op (placed first)" checked={coop} onChange={(e) => setCoop(e.currentTarget.checked)} />
        {d.credential && (
          <PasswordInput
            label={d.credentialLabel}
            description="Write-only: stored encrypted, never shown again"
            placeholder={partner?.hasCredentials ? 'stored — type to replace' : 'not set'}
            autoComplete="new-password"
            {...bind('credential')}
          />
        )}
        <Fieldset legend="What it hosts">
          <Stack gap="sm">
            {form.errors.fields.offers && (
              <Text size="sm" c="red" role="alert">
                {form.errors.fields.offers}
              </Text>
            )}
            {d.kinds.map((kind) => (
              <SimpleGrid key={kind} cols={{ base: 1, sm: 3 }} verticalSpacing="xs">
                <Checkbox
                  mt={{ sm: 30 }}
                  label={KIND_WORDS[kind]}
                  checked={kinds.includes(kind)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setKinds((ks) => (on ? [...ks, kind] : ks.filter((k) => k !== kind)));
                  }}
                />
                {kinds.includes(kind) && (
                  <>
                    <TextInput label={`${KIND_WORDS[kind]}: price per unit and month`} inputMode="decimal" {...bind(`${kind}.price`)} />
                    <TextInput label={`${KIND_WORDS[kind]}: capacity`} placeholder="No limit" inputMode="numeric" {...bind(`${kind}.capacity`)} />
                  </>
                )}
              </SimpleGrid>
            ))}
          </Stack>
        </Fieldset>
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {partner ? 'Save changes' : 'Add partner'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
