import { Button, Checkbox, Fieldset, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { FormAlert } from '../common/page-states';
import { useGraphqlForm } from '../common/use-graphql-form';
import type { AdminPackageFieldsFragment } from '../gql/graphql';
import { CreatePackageMutation, UpdatePackageMutation } from './graphql/admin';
import { CYCLES, EMPTY_PACKAGE_VALUES, packageInput, packageValues, type PackageParts } from './package-input';

/** Creates a package, or edits one (`pkg`): what it provisions, its prices per cycle with partner costs, its billing terms. */
export function PackageForm({ pkg, onDone }: { pkg: AdminPackageFieldsFragment | null; onDone: (saved: AdminPackageFieldsFragment) => void }) {
  const start = pkg ? packageValues(pkg) : { values: EMPTY_PACKAGE_VALUES, parts: { website: true, mail: false, backup: true } };
  const form = useGraphqlForm(start.values);
  const [parts, setParts] = useState<PackageParts>(start.parts);
  const [, create] = useMutation(CreatePackageMutation);
  const [, update] = useMutation(UpdatePackageMutation);
  const bind = form.bind;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const result = packageInput(form.values, parts);
    if ('errors' in result) return form.fail(result.errors as Record<string, string>);
    const { input } = result;
    if (pkg) {
      const data = await form.submit(() => update({ input: { slug: pkg.slug, ...input } }));
      if (data) onDone(data.updatePackage);
    } else {
      const data = await form.submit(() => create({ input: { slug: form.values.slug.trim(), ...input } }));
      if (data) onDone(data.createPackage);
    }
  }

  const part = (key: keyof PackageParts, label: string) => (
    <Checkbox label={label} checked={parts[key]} onChange={(e) => setParts((p) => ({ ...p, [key]: e.currentTarget.checked }))} />
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert message={form.errors.form} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Name" required {...bind('name')} />
          <TextInput label="Slug" description={pkg ? 'Fixed once created' : 'Lower case, e.g. website-mail'} required disabled={!!pkg} {...bind('slug')} />
        </SimpleGrid>
        <Textarea label="Description" autosize minRows={2} {...bind('description')} />

        <Fieldset legend="What it provisions">
          <Stack gap="sm">
            {part('website', 'A website (droplet)')}
            {parts.website && (
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput label="Droplet size" {...bind('spec.website.size')} />
                <TextInput label="Region" {...bind('spec.website.region')} />
                <TextInput label="Image" {...bind('spec.website.image')} />
              </SimpleGrid>
            )}
            {part('mail', 'Mail on the client’s domain')}
            {parts.mail && (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label="Mailboxes" inputMode="numeric" {...bind('spec.mail.mailboxes')} />
                <TextInput label="Quota per mailbox (MiB)" inputMode="numeric" {...bind('spec.mail.quotaMiB')} />
              </SimpleGrid>
            )}
            {part('backup', 'Off-site backups')}
            {parts.backup && (
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput label="Daily archives kept" inputMode="numeric" {...bind('spec.backup.retention.daily')} />
                <TextInput label="Weekly archives kept" inputMode="numeric" {...bind('spec.backup.retention.weekly')} />
                <TextInput label="Monthly archives kept" inputMode="numeric" {...bind('spec.backup.retention.monthly')} />
                <TextInput label="Schedule (cron, UTC)" {...bind('spec.backup.schedule')} />
                <TextInput label="Repository size (GiB)" inputMode="numeric" {...bind('spec.backup.quotaGiB')} />
              </SimpleGrid>
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend="Prices">
          <Stack gap="sm">
            <TextInput
              label="Currency"
              description={pkg ? 'A changed price becomes a new price; existing subscriptions keep theirs' : 'ISO 4217, e.g. CAD'}
              w={200}
              {...bind('prices.currency')}
            />
            {CYCLES.map(({ cycle, label }) => (
              <SimpleGrid key={cycle} cols={{ base: 1, sm: 2 }}>
                <TextInput label={`${label} price`} inputMode="decimal" placeholder="Leave empty: not sold per cycle" {...bind(`prices.${cycle}.amount`)} />
                <TextInput label={`${label} partner cost`} description="Estimate, per cycle" inputMode="decimal" {...bind(`prices.${cycle}.partnerCost`)} />
              </SimpleGrid>
            ))}
          </Stack>
        </Fieldset>

        <Fieldset legend="When a payment fails">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Grace days" description="Before the service is suspended" inputMode="numeric" {...bind('graceDays')} />
            <TextInput label="Suspension days" description="Suspended this long, then terminated" inputMode="numeric" {...bind('suspensionDays')} />
          </SimpleGrid>
        </Fieldset>

        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {pkg ? 'Save changes' : 'Create package'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
