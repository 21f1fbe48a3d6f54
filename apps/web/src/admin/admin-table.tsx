import { Button, Group, Paper, Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** Badge styles for a status in a table: Mantine truncates badge text, which lets the column shrink to "ON S…". */
export const NO_TRUNCATE = { label: { overflow: 'visible' } };

/** A table that scrolls sideways on a phone can be scrolled with the keyboard too (axe: scrollable-region-focusable). */
export const KEYBOARD_SCROLL = { viewportProps: { tabIndex: 0 } };

/** An admin list: a bordered table that scrolls sideways on small screens, with a last column for row actions. */
export function AdminTable({ minWidth, headers, children }: { minWidth: number; headers: string[]; children: ReactNode }) {
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={minWidth} scrollAreaProps={KEYBOARD_SCROLL}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              {headers.map((h) => (
                <Table.Th key={h}>{h}</Table.Th>
              ))}
              <Table.Th>
                <span className="visually-hidden">Actions</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/** The buttons at the end of an admin table row: any extra ones, Edit, and Retire while it is active. */
export function RowActions({ name, active, onEdit, onRetire, children }: { name: string; active: boolean; onEdit: () => void; onRetire: () => void; children?: ReactNode }) {
  return (
    <Group gap="xs" justify="flex-end" wrap="nowrap">
      {children}
      <Button size="xs" variant="default" onClick={onEdit} aria-label={`Edit ${name}`}>
        Edit
      </Button>
      {active && (
        <Button size="xs" variant="subtle" color="red" onClick={onRetire} aria-label={`Retire ${name}`}>
          Retire
        </Button>
      )}
    </Group>
  );
}
