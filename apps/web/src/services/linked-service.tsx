import { Anchor, Badge, Group, Skeleton, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { errorCode } from '../common/graphql-errors';
import { LinkedServiceQuery } from './graphql/services';
import { serviceStatusWords } from './service-words';

/** "About: shop.example.org (Website + Mail), Running": the service a ticket is about, linking to where it is shown. */
export function LinkedService({ serviceId, to }: { serviceId: string; to: string }) {
  const [{ data, error, fetching }] = useQuery({ query: LinkedServiceQuery, variables: { id: serviceId } });
  if (fetching && !data) return <Skeleton height={18} width={260} radius="sm" aria-label="Loading the service" />;
  if (!data) {
    return (
      <Text size="sm" c="dimmed">
        About a service {errorCode(error) === 'NOT_FOUND' ? 'that no longer exists' : 'we could not load just now'}.
      </Text>
    );
  }
  const s = data.service;
  const words = serviceStatusWords(s.status, s.suspensionReason);
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm">
        About{' '}
        <Anchor component={Link} to={to}>
          {s.domain}
        </Anchor>{' '}
        ({s.package.name})
      </Text>
      <Badge variant="light" color={words.color} aria-label={`Service status: ${words.label}`}>
        {words.label}
      </Badge>
    </Group>
  );
}
