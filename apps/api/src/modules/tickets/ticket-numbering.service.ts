import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Gap-free ticket numbers: the counter row is bumped inside the transaction that inserts the ticket, so
 * the row lock orders concurrent filers and a rolled-back insert gives its number back. UNIQUE(number)
 * on tickets is the second line of defence.
 */
@Injectable()
export class TicketNumberingService {
  async next(m: EntityManager): Promise<number> {
    // TypeORM answers an UPDATE with [rows, affected]
    const [rows]: [{ last_number: number }[], number] = await m.query(
      'UPDATE ticket_number_counter SET last_number = last_number + 1 WHERE id RETURNING last_number',
    );
    return Number(rows[0].last_number);
  }
}
