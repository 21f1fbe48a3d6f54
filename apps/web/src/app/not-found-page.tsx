import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../common/page-states';

export function NotFoundPage() {
  return (
    <EmptyState
      title="Page not found"
      action={
        <Button component={Link} to="/">
          Go to your portal
        </Button>
      }
    >
      The link may be old, or the page may have moved.
    </EmptyState>
  );
}
