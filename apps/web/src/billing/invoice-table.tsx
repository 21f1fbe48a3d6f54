import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { InvoiceFieldsFragment, InvoiceStatus } from '../gql/graphql';

export const INVOICE_STATUS: Record<InvoiceStatus, { label: string; color: string }> = {
  OPEN: { label: 'To pay', color: 'orange' },
  PAID: { label: 'Paid', color: 'teal' },
  VOID: { label: 'Void', color: 'gray' },
  UNCOLLECTIBLE: { label: 'Written off', color: 'gray' },
};

/** Invoices with amounts and status; `action` adds a cell per row (ops: mark paid). */
export function InvoiceTable({ invoices, action }: { invoices: InvoiceFieldsFragment[]; action?: (invoice: InvoiceFieldsFragment) => ReactNode }) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Invoice</Table.Th>
            <Table.Th>Amount</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Due</Table.Th>
            <Table.Th>
              <span className="visually-hidden">Actions</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoices.map((inv) => (
            <Table.Tr key={inv.id}>
              <Table.Td>
                <Text ff="monospace">{inv.number ?? '(draft)'}</Text>
                <Text size="xs" c="dimmed">
                  {inv.lines.map((l) => l.description).join(', ')}
                </Text>
              </Table.Td>
              <Table.Td>{inv.formattedAmount}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={INVOICE_STATUS[inv.status].color}>
                  {INVOICE_STATUS[inv.status].label}
                </Badge>
              </Table.Td>
              <Table.Td>{inv.paidAt ? `Paid ${new Date(inv.paidAt).toLocaleDateString()}` : inv.dueAt ? new Date(inv.dueAt).toLocaleDateString() : '—'}</Table.Td>
              <Table.Td>
                {action ? action(inv) : inv.status === 'OPEN' && inv.payUrl ? <Anchor href={inv.payUrl}>Pay now</Anchor> : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
