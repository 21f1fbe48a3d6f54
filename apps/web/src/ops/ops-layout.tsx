import { AppShell, Badge, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { Link, Outlet } from 'react-router';
import { PageLoader } from '../common/page-states';
import { useMe } from '../layout/me-context';
import { SectionNav } from '../layout/section-nav';
import { UserMenu } from '../layout/user-menu';
import { opsSections } from './ops-sections';

/** The ops console's frame: dark header so nobody mistakes it for the client portal. */
export function OpsLayout() {
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header bg="dark.7" c="white">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" color="white" aria-label="Show sections" />
            <Text fw={700} component={Link} to="/ops" c="white" td="none">
              Ops console
            </Text>
            <Badge color="yellow" variant="filled" c="dark.9">
              Staff: {me.staffRole === 'ADMIN' ? 'Admin' : 'Ops'}
            </Badge>
          </Group>
          <UserMenu showPortalLink />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Console sections">
        <SectionNav sections={opsSections.filter((s) => !s.adminOnly).map((s) => ({ to: s.path, label: s.label }))} onNavigate={close} />
        {me.staffRole === 'ADMIN' && (
          <>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed" mt="md" mb={4} px="sm" id="admin-sections">
              Admin
            </Text>
            <div role="group" aria-labelledby="admin-sections">
              <SectionNav sections={opsSections.filter((s) => s.adminOnly).map((s) => ({ to: s.path, label: s.label }))} onNavigate={close} />
            </div>
          </>
        )}
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
