import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { sentence } from '../common/graphql-errors';
import { formatMoney } from '../common/money';
import { EmptyState, ErrorState, FormAlert, LoadingState } from '../common/page-states';
import { useGraphqlForm } from '../common/use-graphql-form';
import type { EconomicsGroupFieldsFragment } from '../gql/graphql';
import { KEYBOARD_SCROLL } from './admin-table';
import { BarChart, type BarSeries } from './bar-chart';
import { EconomicsQuery, UpdateBillingSettingsMutation } from './graphql/admin';

const CURRENCY = 'CAD';
type Key = 'revenue' | 'cost' | 'margin';
const SERIES: BarSeries<Key>[] = [
  { key: 'revenue', label: 'Revenue', color: 'blue' },
  { key: 'cost', label: 'Partner cost', color: 'orange' },
  { key: 'margin', label: 'Margin', color: 'teal' },
];

/** 8700 -> "87%", 8750 -> "87.5%". */
const percent = (basisPoints: number) => `${basisPoints / 100}%`;

/** "87.5" -> 8750; null when it is not a share from 0 to 99.99. */
function basisPointsFrom(text: string): number | null {
  const m = /^(\d{1,2})(?:[.,](\d{1,2}))?$/.exec(text.trim().replace(/%$/, '').trim());
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : null;
}

/** Admins: monthly revenue, partner costs and margin per package and partner, and what breaking even takes. */
export function AdminEconomicsPage() {
  const [{ data, error }, refetch] = useQuery({ query: EconomicsQuery, variables: { currency: CURRENCY } });
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <LoadingState label="Loading economics" rows={5} />;
  const e = data.economics;
  const money = (n: number) => formatMoney(n, e.currency);
  return (
    <Stack>
      <div>
        <Title order={1} size="h2">
          Economics
        </Title>
        <Text c="dimmed" size="sm">
          Per month, in {e.currency}; yearly prices are spread over 12 months. Partner costs are the estimates on each price.
        </Text>
      </div>
      <BreakEven total={e.total} overheadBasisPoints={e.overheadBasisPoints} money={money} />
      <OverheadForm overheadBasisPoints={e.overheadBasisPoints} />
      {e.total.services === 0 ? (
        <EmptyState title="No paying services yet">Once clients pay for packages, revenue, partner costs and margin show here per package and per partner.</EmptyState>
      ) : (
        <>
          <Breakdown title="By package" groups={e.byPackage} money={money} />
          <Breakdown title="By partner" groups={e.byPartner} money={money} />
        </>
      )}
    </Stack>
  );
}

function BreakEven({ total, overheadBasisPoints, money }: { total: EconomicsGroupFieldsFragment; overheadBasisPoints: number; money: (n: number) => string }) {
  const figures = [
    { label: 'Revenue', value: total.monthlyRevenue },
    { label: 'Partner costs', value: total.partnerCostMonthly },
    { label: 'Margin', value: total.marginMonthly },
    { label: 'Break-even revenue', value: total.breakEvenRevenue },
  ];
  const gap = total.breakEvenRevenue - total.monthlyRevenue;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="break-even-heading">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="break-even-heading">
            Break-even
          </Title>
          <Badge color={total.coversOverhead ? 'teal' : 'orange'} variant="light">
            {total.coversOverhead ? 'Covers overhead' : 'Below break-even'}
          </Badge>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {figures.map((f) => (
            <div key={f.label}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                {f.label}
              </Text>
              <Text size="xl" fw={700}>
                {money(f.value)}
              </Text>
            </div>
          ))}
        </SimpleGrid>
        <Text size="sm">
          Overhead (wages, admin, tools) takes {percent(overheadBasisPoints)} of every dollar we bring in, so only {percent(10_000 - overheadBasisPoints)} is
          left to pay the partners. To carry {money(total.partnerCostMonthly)} of partner costs a month we need {money(total.breakEvenRevenue)} of revenue
          a month; we bring in {money(total.monthlyRevenue)},{' '}
          {gap > 0 ? `${money(gap)} short of breaking even.` : `${money(-gap)} more than break-even.`}
        </Text>
        <Text size="xs" c="dimmed" ff="monospace">
          {sentence(total.arithmetic)}
        </Text>
      </Stack>
    </Paper>
  );
}

function OverheadForm({ overheadBasisPoints }: { overheadBasisPoints: number }) {
  const [, save] = useMutation(UpdateBillingSettingsMutation);
  const form = useGraphqlForm({ overheadBasisPoints: String(overheadBasisPoints / 100) });
  const [saved, setSaved] = useState(false);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const bp = basisPointsFrom(form.values.overheadBasisPoints);
    setSaved(false);
    if (bp === null) return form.fail({ overheadBasisPoints: 'Must be a share from 0 to 99.99 (%)' });
    setSaved(!!(await form.submit(() => save({ input: { overheadBasisPoints: bp } }))));
  }
  return (
    <Paper withBorder radius="md" p="md" component="form" onSubmit={onSubmit} noValidate aria-labelledby="overhead-heading">
      <Stack gap="xs">
        <Title order={2} size="h4" id="overhead-heading">
          Overhead ratio
        </Title>
        <FormAlert message={form.errors.form} />
        <Group align="flex-start">
          <TextInput
            label="Overhead share of revenue (%)"
            description="The co-op’s own costs, as a share of every dollar"
            inputMode="decimal"
            w={320}
            {...form.bind('overheadBasisPoints')}
          />
          <Button type="submit" mt={{ base: 0, sm: 44 }} loading={form.submitting}>
            Save ratio
          </Button>
        </Group>
        {saved && (
          <Text size="sm" c="teal.9" role="status">
            Saved: overhead is {percent(overheadBasisPoints)} of revenue.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function Breakdown({ title, groups, money }: { title: string; groups: EconomicsGroupFieldsFragment[]; money: (n: number) => string }) {
  const id = title.toLowerCase().replace(/\W+/g, '-');
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        <BarChart
          title={`Revenue, partner cost and margin per month, ${title.toLowerCase()}`}
          series={SERIES}
          format={money}
          groups={groups.map((g) => ({ label: g.key, values: { revenue: g.monthlyRevenue, cost: g.partnerCostMonthly, margin: g.marginMonthly } }))}
        />
        <Table.ScrollContainer minWidth={640} scrollAreaProps={KEYBOARD_SCROLL}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{title.replace('By ', '').replace(/^./, (c) => c.toUpperCase())}</Table.Th>
                <Table.Th ta="right">Services</Table.Th>
                <Table.Th ta="right">Revenue</Table.Th>
                <Table.Th ta="right">Partner cost</Table.Th>
                <Table.Th ta="right">Margin</Table.Th>
                <Table.Th ta="right">Break-even</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.map((g) => (
                <Table.Tr key={g.key}>
                  <Table.Td>{g.key}</Table.Td>
                  <Table.Td ta="right">{g.services}</Table.Td>
                  <Table.Td ta="right">{money(g.monthlyRevenue)}</Table.Td>
                  <Table.Td ta="right">{money(g.partnerCostMonthly)}</Table.Td>
                  <Table.Td ta="right" c={g.marginMonthly < 0 ? 'red.9' : undefined}>
                    {money(g.marginMonthly)}
                  </Table.Td>
                  <Table.Td ta="right">
                    {money(g.breakEvenRevenue)}{' '}
                    <Text span size="xs" c={g.coversOverhead ? 'teal.9' : 'red.9'}>
                      {g.coversOverhead ? '(covered)' : '(short)'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
