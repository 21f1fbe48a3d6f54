import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/errors/domain.exception';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/** Counts failed logins per email and per IP in PostgreSQL (shared by every API replica). */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(email: string, ip: string): Promise<void> {
    const { maxPerEmail, maxPerIp, windowSeconds } = this.config.loginThrottle;
    const now = this.clock.now();
    const since = new Date(now.getTime() - windowSeconds * 1000);
    const [row] = await this.db.query(
      `SELECT
         (SELECT count(*) FROM login_attempts WHERE email = $1 AND NOT succeeded AND at > $3)::int AS by_email,
         (SELECT min(at) FROM (SELECT at FROM login_attempts WHERE email = $1 AND NOT succeeded AND at > $3 ORDER BY at DESC LIMIT $4) e) AS email_oldest,
         (SELECT count(*) FROM login_attempts WHERE ip = $2 AND NOT succeeded AND at > $3)::int AS by_ip,
         (SELECT min(at) FROM (SELECT at FROM login_attempts WHERE ip = $2 AND NOT succeeded AND at > $3 ORDER BY at DESC LIMIT $5) i) AS ip_oldest`,
      [email, ip, since, maxPerEmail, maxPerIp],
    );
    const blockedSince = [
      row.by_email >= maxPerEmail ? new Date(row.email_oldest) : null,
      row.by_ip >= maxPerIp ? new Date(row.ip_oldest) : null,
    ].filter((d): d is Date => d !== null);
    if (blockedSince.length === 0) return;
    const until = Math.max(...blockedSince.map((d) => d.getTime() + windowSeconds * 1000));
    const retryAfterSeconds = Math.max(1, Math.ceil((until - now.getTime()) / 1000));
    throw new DomainException('RATE_LIMITED', `Too many failed logins; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }

  async record(email: string, ip: string, succeeded: boolean): Promise<void> {
    await this.db.query('INSERT INTO login_attempts (email, ip, succeeded, at) VALUES ($1, $2, $3, $4)', [
      email,
      ip,
      succeeded,
      this.clock.now(),
    ]);
  }
}
