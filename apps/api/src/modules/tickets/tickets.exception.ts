import { DomainException, type ErrorCode } from '../../common/errors/domain.exception';

/** What can go wrong with a ticket; each maps onto one API error code. */
export enum TicketErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  STALE_VERSION = 'STALE_VERSION',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  NEEDS_CONFIRMATION = 'NEEDS_CONFIRMATION',
  INVALID_INPUT = 'INVALID_INPUT',
}

function apiCode(code: TicketErrorCode): ErrorCode {
  switch (code) {
    case TicketErrorCode.NOT_FOUND:
      return 'NOT_FOUND';
    case TicketErrorCode.STALE_VERSION:
      return 'CONFLICT';
    case TicketErrorCode.INVALID_TRANSITION:
    case TicketErrorCode.NEEDS_CONFIRMATION:
    case TicketErrorCode.INVALID_INPUT:
      return 'BAD_USER_INPUT';
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}

/** A ticket rule said no. The message is shown to the caller as is: never put internal content in it. */
export class TicketException extends DomainException {
  constructor(
    readonly ticketCode: TicketErrorCode,
    message: string,
    field?: string,
  ) {
    super(apiCode(ticketCode), message, { field, extra: { reason: ticketCode } });
    this.name = 'TicketException';
  }
}

export const ticketNotFound = () => new TicketException(TicketErrorCode.NOT_FOUND, 'Ticket not found');
export const staleVersion = () =>
  new TicketException(TicketErrorCode.STALE_VERSION, 'The ticket changed since you loaded it; reload and try again');
