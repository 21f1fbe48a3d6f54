import { Avatar, Menu, UnstyledButton } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useSession } from '../app/session-context';
import { LogOutMutation } from '../auth/graphql/auth';
import { useMe } from './me-context';

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** The signed-in user's menu: account, ops console for staff, log out. */
export function UserMenu({ showPortalLink = false }: { showPortalLink?: boolean }) {
  const me = useMe();
  const [, logOut] = useMutation(LogOutMutation);
  const { restart } = useSession();
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={`${initials(me.name)}: account menu for ${me.name}`}>
          <Avatar color="teal" variant="filled" radius="xl" size="md">
            {initials(me.name)}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.email}</Menu.Label>
        <Menu.Item component={Link} to="/account">
          Account and password
        </Menu.Item>
        {me.staffRole && !showPortalLink && (
          <Menu.Item component={Link} to="/ops">
            Ops console
          </Menu.Item>
        )}
        {showPortalLink && (
          <Menu.Item component={Link} to="/">
            Client portal
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item
          color="red"
          onClick={async () => {
            await logOut({});
            restart();
            navigate('/login', { replace: true });
          }}
        >
          Log out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
