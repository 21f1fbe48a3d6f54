import { describe, expect, it } from 'vitest';
import { isSettling, serviceStatusWords } from './service-words';

describe('serviceStatusWords', () => {
  it('says why a service is suspended when it is an overdue invoice', () => {
    expect(serviceStatusWords('SUSPENDED', 'OVERDUE').label).toBe('Suspended: invoice overdue');
    expect(serviceStatusWords('SUSPENDED', 'ABUSE').label).toBe('Suspended');
  });

  it('tells the client a degraded service is being handled', () => {
    expect(serviceStatusWords('DEGRADED', null)).toEqual({ label: 'Needs attention (we are on it)', color: 'orange' });
  });
});

describe('isSettling', () => {
  it('keeps polling while a service or a resource is still changing, or ops are fixing it', () => {
    expect(isSettling([{ status: 'PROVISIONING', resources: [] }])).toBe(true);
    expect(isSettling([{ status: 'ACTIVE', resources: [{ status: 'UPDATING' }] }])).toBe(true);
    expect(isSettling([{ status: 'DEGRADED', resources: [{ status: 'FAILED' }] }])).toBe(true);
    expect(isSettling([{ status: 'ACTIVE', resources: [{ status: 'READY' }] }, { status: 'SUSPENDED', resources: [{ status: 'SUSPENDED' }] }])).toBe(false);
  });
});
