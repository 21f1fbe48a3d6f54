import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useCurrentClient } from '../clients/use-current-client';
import { useMe } from '../layout/me-context';
import { EmptyState, ErrorState, LoadingState } from '../common/page-states';
import { MyServicesQuery } from './graphql/services';
import { MailDnsRecords } from './mail-dns-records';
import { ResourceList } from './resource-list';
import { ServiceActions } from './service-actions';
import { isSettling, serviceStatusWords } from './service-words';

const POLL_MS = 3_000;

/** The client's services: each resource's state and host, mail DNS records; progress refreshes while provisioning. */
export function ClientServicesPage() {
  const me = useMe();
  const { client, error: clientError, refetch: refetchClient } = useCurrentClient();
  const isOwner = client?.myRole === 'OWNER' || me.staffRole === 'ADMIN';
  const [{ data, error }, refetch] = useQuery({ query: MyServicesQuery, variables: { clientId: client?.id ?? '' }, pause: !client });
  const settling = data ? isSettling(data.myServices) : false;
  useEffect(() => {
    if (!settling) return;
    const id = setInterval(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(id);
  }, [settling, refetch]);

  if (clientError && !client) return <ErrorState error={clientError} retry={refetchClient} />;
  const buy = client && (
    <Button component={Link} to={`/c/${client.slug}/packages`}>
      Browse packages
    </Button>
  );
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Services
        </Title>
        {buy}
      </Group>
      {error && !data ? (
        <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <LoadingState label="Loading services" rows={5} />
      ) : data.myServices.length === 0 ? (
        <EmptyState title="No services yet" action={buy}>
          Websites, mail and backups you buy show up here, with each part as it is set up.
        </EmptyState>
      ) : (
        data.myServices.map((s) => {
          const words = serviceStatusWords(s.status, s.suspensionReason);
          return (
            <Paper key={s.id} withBorder radius="md" p="lg" component="section" aria-label={`${s.domain}: ${words.label}`}>
              <Stack gap="sm">
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={0}>
                    <Title order={2} size="h3">
                      {s.domain}
                    </Title>
                    <Text size="sm" c="dimmed">
                      {s.package.name}
                      {s.cycle && `, billed ${s.cycle.toLowerCase()}`}
                      {s.currentPeriodEnd && `, paid until ${new Date(s.currentPeriodEnd).toLocaleDateString()}`}
                      {s.cancelAtPeriodEnd && ' (ends then)'}
                    </Text>
                  </Stack>
                  <Badge size="lg" variant="light" color={words.color} aria-label={`Service status: ${words.label}`}>
                    {words.label}
                  </Badge>
                </Group>
                {isOwner && client && <ServiceActions service={s} clientSlug={client.slug} />}
                <ResourceList resources={s.resources} />
                {s.resources.some((r) => r.kind === 'MAIL_DOMAIN' && r.status === 'READY') && <MailDnsRecords serviceId={s.id} />}
              </Stack>
            </Paper>
          );
        })
      )}
    </Stack>
  );
}
