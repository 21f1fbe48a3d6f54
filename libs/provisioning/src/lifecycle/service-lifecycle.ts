// The rules that turn "what billing says the service should be" plus "what each resource is" into
// the next step per resource and the service's derived status. No I/O.
import type { ResourceKind, ResourceStatus } from '../resource-kinds';

export const SERVICE_STATUSES = ['PROVISIONING', 'ACTIVE', 'DEGRADED', 'SUSPENDED', 'TERMINATING', 'TERMINATED', 'CANCELLED'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

export type ResourceStep = 'ENSURE' | 'UPDATE' | 'SUSPEND' | 'UNSUSPEND' | 'DESTROY' | 'NONE';

export interface ResourceState {
  kind: ResourceKind;
  status: ResourceStatus;
  /** Whether the remote object is currently suspended (powered off / disabled). */
  suspended: boolean;
  /** Whether the driver has given us a handle. */
  hasHandle: boolean;
  /** Is the resource still part of the service's spec? */
  planned: boolean;
  /** Does the remote object differ from the spec (size, quota)? */
  outdated: boolean;
}

const SUSPENDABLE: readonly ResourceKind[] = ['DROPLET', 'MAILBOX'];

/** The one step a resource needs next; repeated application converges on `NONE`. */
export function nextStep(service: ServiceStatus, r: ResourceState): ResourceStep {
  if (r.status === 'DELETED' || service === 'TERMINATED' || service === 'CANCELLED') return 'NONE';
  if (service === 'TERMINATING') {
    // The last backup is kept; a scheduled job deletes the repository after the retention window.
    return r.kind === 'BACKUP_REPO' ? 'NONE' : 'DESTROY';
  }
  if (!r.planned) return 'DESTROY';
  if (r.status === 'FAILED') return 'NONE';
  if (!r.hasHandle || r.status === 'PENDING' || r.status === 'CREATING') return 'ENSURE';
  if (r.outdated) return 'UPDATE';
  const wantSuspended = service === 'SUSPENDED' && SUSPENDABLE.includes(r.kind);
  if (wantSuspended && !r.suspended) return 'SUSPEND';
  if (!wantSuspended && r.suspended) return 'UNSUSPEND';
  return 'NONE';
}

/**
 * The service status that follows from its resources. Billing sets SUSPENDED, TERMINATING and
 * CANCELLED; provisioning moves between PROVISIONING, ACTIVE and DEGRADED, and from TERMINATING to
 * TERMINATED once everything but the kept backup is destroyed.
 */
export function deriveServiceStatus(current: ServiceStatus, resources: Array<Pick<ResourceState, 'kind' | 'status' | 'planned'>>): ServiceStatus {
  if (current === 'CANCELLED' || current === 'TERMINATED' || current === 'SUSPENDED') return current;
  if (current === 'TERMINATING') {
    const done = resources.every((r) => r.status === 'DELETED' || r.kind === 'BACKUP_REPO');
    return done ? 'TERMINATED' : 'TERMINATING';
  }
  const live = resources.filter((r) => r.planned);
  if (live.some((r) => r.status === 'FAILED')) return 'DEGRADED';
  if (live.length > 0 && live.every((r) => r.status === 'READY')) return 'ACTIVE';
  if (current === 'ACTIVE' && live.every((r) => r.status === 'READY' || r.status === 'UPDATING')) return 'ACTIVE';
  return 'PROVISIONING';
}
