import type { ResourceStatus, ServiceStatus, SuspensionReason } from '../gql/graphql';

type Words = { label: string; color: string };

/** A service's state in the client's words. */
export function serviceStatusWords(status: ServiceStatus, reason: SuspensionReason | null | undefined): Words {
  switch (status) {
    case 'PROVISIONING':
      return { label: 'Setting up', color: 'blue' };
    case 'ACTIVE':
      return { label: 'Running', color: 'teal' };
    case 'DEGRADED':
      return { label: 'Needs attention (we are on it)', color: 'orange' };
    case 'SUSPENDED':
      return { label: reason === 'OVERDUE' ? 'Suspended: invoice overdue' : 'Suspended', color: 'red' };
    case 'TERMINATING':
      return { label: 'Shutting down', color: 'gray' };
    case 'TERMINATED':
      return { label: 'Shut down', color: 'gray' };
    case 'CANCELLED':
      return { label: 'Cancelled', color: 'gray' };
  }
}

export const RESOURCE_STATUS: Record<ResourceStatus, Words> = {
  PENDING: { label: 'Waiting', color: 'gray' },
  CREATING: { label: 'Creating', color: 'blue' },
  UPDATING: { label: 'Updating', color: 'blue' },
  READY: { label: 'Ready', color: 'teal' },
  FAILED: { label: 'Failed', color: 'red' },
  SUSPENDED: { label: 'Suspended', color: 'orange' },
  DELETING: { label: 'Deleting', color: 'gray' },
  DELETED: { label: 'Deleted', color: 'gray' },
};

/** While anything is still moving (or ops are fixing a degraded service), the page polls for progress. */
export function isSettling(services: { status: ServiceStatus; resources: { status: ResourceStatus }[] }[]): boolean {
  return services.some(
    (s) => s.status === 'PROVISIONING' || s.status === 'DEGRADED' || s.status === 'TERMINATING' || s.resources.some((r) => ['PENDING', 'CREATING', 'UPDATING', 'DELETING'].includes(r.status)),
  );
}
