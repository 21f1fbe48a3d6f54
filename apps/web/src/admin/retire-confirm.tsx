import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { formErrors } from '../common/graphql-errors';
import { FormAlert } from '../common/page-states';

/** "Retire X?": says what retiring does, runs it on confirmation, and shows a refusal in the dialog. */
export function RetireConfirm({
  name,
  children,
  onClose,
  retire,
}: {
  /** What is retired, e.g. "Website + Mail"; null keeps the dialog closed. */
  name: string | null;
  children: ReactNode;
  onClose: () => void;
  retire: () => Promise<{ error?: CombinedError }>;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    onClose();
  };
  return (
    <Modal opened={name !== null} onClose={close} title={`Retire ${name ?? ''}?`} centered>
      <Stack>
        <FormAlert message={error} />
        <Text size="sm">{children}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Keep it
          </Button>
          <Button
            color="red"
            loading={busy}
            onClick={async () => {
              setBusy(true);
              const result = await retire();
              setBusy(false);
              if (result.error) return setError(formErrors(result.error).form);
              close();
            }}
          >
            Retire {name}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
