/** How provisioning reports a failure that needs people; the tickets module provides the implementation. */
export interface IncidentReporter {
  reportFailure(input: { clientId: string; serviceId: string; subject: string; body: string }): Promise<{ ticketNumber: number | null }>;
}

export const INCIDENT_REPORTER = 'INCIDENT_REPORTER';
