/** How provisioning tells people something needs them: the tickets module files a ★★★ infra-ops ticket. */
export const INCIDENT_REPORTER = Symbol('INCIDENT_REPORTER');

export interface IncidentReporter {
  reportFailure(input: { clientId: string; serviceId: string; subject: string; body: string }): Promise<{ ticketNumber: number | null }>;
}
