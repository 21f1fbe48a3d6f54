import { describe, expect, it } from 'vitest';
import { deriveServiceStatus, nextStep, type ResourceState } from './service-lifecycle';

const ready: ResourceState = { kind: 'DROPLET', status: 'READY', suspended: false, hasHandle: true, planned: true, outdated: false };

describe('nextStep', () => {
  it('ensures a resource that has no handle yet, or was interrupted while creating', () => {
    expect(nextStep('PROVISIONING', { ...ready, status: 'PENDING', hasHandle: false })).toBe('ENSURE');
    expect(nextStep('PROVISIONING', { ...ready, status: 'CREATING', hasHandle: true })).toBe('ENSURE');
  });

  it('leaves a FAILED resource alone until ops retry it', () => {
    expect(nextStep('DEGRADED', { ...ready, status: 'FAILED' })).toBe('NONE');
  });

  it('powers off droplets and disables mailboxes on suspension, but keeps backups and domains', () => {
    expect(nextStep('SUSPENDED', ready)).toBe('SUSPEND');
    expect(nextStep('SUSPENDED', { ...ready, kind: 'MAILBOX' })).toBe('SUSPEND');
    expect(nextStep('SUSPENDED', { ...ready, kind: 'BACKUP_REPO' })).toBe('NONE');
    expect(nextStep('SUSPENDED', { ...ready, kind: 'MAIL_DOMAIN' })).toBe('NONE');
    expect(nextStep('SUSPENDED', { ...ready, suspended: true })).toBe('NONE');
  });

  it('unsuspends when billing puts the service back to PROVISIONING', () => {
    expect(nextStep('PROVISIONING', { ...ready, suspended: true })).toBe('UNSUSPEND');
  });

  it('updates an outdated resource before anything else', () => {
    expect(nextStep('ACTIVE', { ...ready, outdated: true })).toBe('UPDATE');
  });

  it('destroys everything but the backup on termination', () => {
    expect(nextStep('TERMINATING', ready)).toBe('DESTROY');
    expect(nextStep('TERMINATING', { ...ready, kind: 'MAILBOX', status: 'FAILED' })).toBe('DESTROY');
    expect(nextStep('TERMINATING', { ...ready, kind: 'BACKUP_REPO' })).toBe('NONE');
    expect(nextStep('TERMINATING', { ...ready, status: 'DELETED' })).toBe('NONE');
  });

  it('destroys a resource the spec no longer has (fewer mailboxes)', () => {
    expect(nextStep('ACTIVE', { ...ready, kind: 'MAILBOX', planned: false })).toBe('DESTROY');
  });
});

describe('deriveServiceStatus', () => {
  it('stays PROVISIONING until every resource is READY, then becomes ACTIVE', () => {
    expect(deriveServiceStatus('PROVISIONING', [ready, { ...ready, status: 'CREATING' }])).toBe('PROVISIONING');
    expect(deriveServiceStatus('PROVISIONING', [ready, ready])).toBe('ACTIVE');
  });

  it('never calls a service without resources ACTIVE', () => {
    expect(deriveServiceStatus('PROVISIONING', [])).toBe('PROVISIONING');
  });

  it('is DEGRADED when a resource FAILED', () => {
    expect(deriveServiceStatus('PROVISIONING', [ready, { ...ready, status: 'FAILED' }])).toBe('DEGRADED');
    expect(deriveServiceStatus('ACTIVE', [{ ...ready, status: 'FAILED' }])).toBe('DEGRADED');
  });

  it('recovers from DEGRADED to ACTIVE once the failed resource is READY', () => {
    expect(deriveServiceStatus('DEGRADED', [ready])).toBe('ACTIVE');
  });

  it('keeps an ACTIVE service ACTIVE while it is being resized', () => {
    expect(deriveServiceStatus('ACTIVE', [{ ...ready, status: 'UPDATING' }])).toBe('ACTIVE');
  });

  it('never changes what billing decided: SUSPENDED, CANCELLED', () => {
    expect(deriveServiceStatus('SUSPENDED', [ready])).toBe('SUSPENDED');
    expect(deriveServiceStatus('CANCELLED', [ready])).toBe('CANCELLED');
  });

  it('becomes TERMINATED when everything but the kept backup is destroyed', () => {
    const backup = { ...ready, kind: 'BACKUP_REPO' as const };
    expect(deriveServiceStatus('TERMINATING', [ready, backup])).toBe('TERMINATING');
    expect(deriveServiceStatus('TERMINATING', [{ ...ready, status: 'DELETED' }, backup])).toBe('TERMINATED');
  });
});
