import { AppShell, Burger, Group, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { Link, Outlet, useParams } from 'react-router';
import { ClientSwitcher } from '../clients/client-switcher';
import { PageLoader } from '../common/page-states';
import { portalSections } from './portal-sections';
import { SectionNav } from './section-nav';
import { UserMenu } from './user-menu';

/** The client portal's frame: organisation switcher and user menu on top, sections on the left (a drawer on phones). */
export function PortalLayout() {
  const { slug } = useParams();
  const [opened, { toggle, close }] = useDisclosure();
  const base = `/c/${slug}`;
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened, desktop: !slug } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            {slug && <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Show sections" />}
            <UnstyledButton component={Link} to="/" aria-label="Co-op portal home">
              <Text fw={700} c="teal.9" visibleFrom="xs">
                Co-op portal
              </Text>
            </UnstyledButton>
            <ClientSwitcher currentSlug={slug} />
          </Group>
          <UserMenu />
        </Group>
      </AppShell.Header>
      {slug && (
        <AppShell.Navbar p="sm" aria-label="Sections">
          <SectionNav sections={portalSections.map((s) => ({ to: `${base}${s.path}`, label: s.label, exact: s.path === '' }))} onNavigate={close} />
        </AppShell.Navbar>
      )}
      <AppShell.Main>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
