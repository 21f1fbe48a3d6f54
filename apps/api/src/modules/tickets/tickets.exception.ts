/** What can go wrong with a ticket, as codes the API edge maps onto GraphQL error codes. */
export enum TicketErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  STALE_VERSION = 'STALE_VERSION',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  NEEDS_CONFIRMATION = 'NEEDS_CONFIRMATION',
  INVALID_INPUT = 'INVALID_INPUT',
}

export class TicketException extends Error {
  constructor(
    readonly code: TicketErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'TicketException';
  }
}
