import { Injectable } from '@nestjs/common';
import { opsUsername, type OpsMember } from '@coop/provisioning';
import { DataSource } from 'typeorm';

/** The staff who get a login on every server: OPS and ADMIN users with their SSH keys. */
@Injectable()
export class OpsMembersService {
  constructor(private readonly db: DataSource) {}

  async current(): Promise<OpsMember[]> {
    const rows: Array<{ email: string; name: string; public_key: string | null }> = await this.db.query(
      `SELECT u.email, u.name, k.public_key FROM users u JOIN ssh_keys k ON k.user_id = u.id
       WHERE u.staff_role IS NOT NULL ORDER BY u.created_at, u.id, k.created_at`,
    );
    const members = new Map<string, OpsMember>();
    for (const row of rows) {
      let username = opsUsername(row.email);
      const existing = members.get(row.email);
      if (existing) {
        existing.sshKeys.push(row.public_key!);
        continue;
      }
      const taken = new Set([...members.values()].map((m) => m.username));
      for (let i = 2; taken.has(username); i++) username = `${opsUsername(row.email).slice(0, 28)}${i}`;
      members.set(row.email, { username, fullName: row.name, sshKeys: [row.public_key!] });
    }
    return [...members.values()];
  }
}
