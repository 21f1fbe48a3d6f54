import { Outlet } from 'react-router';
import { ErrorState } from '../common/page-states';
import { useMe } from '../layout/me-context';

const NOT_ADMIN = { graphQLErrors: [{ message: 'The admin screens are for admins. Ask an admin if you need a change here.', extensions: { code: 'FORBIDDEN' } }] };

/** Routes below are for admins; ops members get the same refusal the API would give them. */
export function RequireAdmin() {
  const me = useMe();
  if (me.staffRole !== 'ADMIN') return <ErrorState error={NOT_ADMIN} />;
  return <Outlet />;
}
