import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { badInput } from '../../common/errors/domain.exception';
import { isUuid } from '../clients/client-access.service';
import { addWeeks, parseWeekStart, weekStartOf } from './triage-week';

export interface TriageRotaEntry {
  weekStart: string;
  user: { id: string; name: string };
}

/** The weekly rota of who triages new tickets (the co-op rotates the role). */
@Injectable()
export class TicketTriageRotaService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async set(weekStartText: string, userId: string): Promise<TriageRotaEntry> {
    const weekStart = parseWeekStart(weekStartText);
    if (!weekStart) throw badInput('weekStart', 'must be a Monday, as YYYY-MM-DD');
    const staff: { id: string; name: string }[] = isUuid(userId)
      ? await this.db.query('SELECT id, name FROM users WHERE id = $1 AND staff_role IS NOT NULL', [userId])
      : [];
    if (!staff[0]) throw badInput('userId', 'is not a staff member');
    await this.db.query(
      `INSERT INTO ticket_triage_rota (week_start, user_id, created_at) VALUES ($1, $2, $3)
       ON CONFLICT (week_start) DO UPDATE SET user_id = EXCLUDED.user_id`,
      [weekStart, userId, this.clock.now()],
    );
    return { weekStart, user: staff[0] };
  }

  async clear(weekStartText: string): Promise<boolean> {
    const weekStart = parseWeekStart(weekStartText);
    if (!weekStart) throw badInput('weekStart', 'must be a Monday, as YYYY-MM-DD');
    const [rows]: [unknown[], number] = await this.db.query('DELETE FROM ticket_triage_rota WHERE week_start = $1 RETURNING week_start', [weekStart]);
    return rows.length > 0;
  }

  /** `weeks` weeks of the rota from the current week on (gaps are weeks nobody has). */
  async list(weeks: number): Promise<TriageRotaEntry[]> {
    const from = weekStartOf(this.clock.now());
    const rows: { week_start: string; id: string; name: string }[] = await this.db.query(
      `SELECT to_char(r.week_start, 'YYYY-MM-DD') AS week_start, u.id, u.name FROM ticket_triage_rota r JOIN users u ON u.id = r.user_id
       WHERE r.week_start >= $1 AND r.week_start < $2 ORDER BY r.week_start`,
      [from, addWeeks(from, weeks)],
    );
    return rows.map((r) => ({ weekStart: r.week_start, user: { id: r.id, name: r.name } }));
  }

  /** Who triages this week, if anyone. */
  async onDuty(): Promise<TriageRotaEntry | null> {
    return (await this.list(1))[0] ?? null;
  }

  async isOnDuty(userId: string): Promise<boolean> {
    return (await this.onDuty())?.user.id === userId;
  }
}
