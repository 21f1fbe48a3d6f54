import { describe, expect, it } from 'vitest';
import { backupRetentionDays, mailDnsRecords } from './mail-dns-records';

describe('mailDnsRecords', () => {
  const records = mailDnsRecords({ domain: 'example.org', mailHost: 'mail.partner.coop', dkimTxt: 'v=DKIM1; k=rsa; p=MIIB' });

  it('points MX at the partner and allows only it in SPF', () => {
    expect(records).toContainEqual({ type: 'MX', name: 'example.org', value: 'mail.partner.coop.', priority: 10 });
    expect(records).toContainEqual({ type: 'TXT', name: 'example.org', value: 'v=spf1 mx a:mail.partner.coop -all' });
  });

  it('publishes the DKIM key under its selector and a DMARC policy', () => {
    expect(records).toContainEqual({ type: 'TXT', name: 'dkim._domainkey.example.org', value: 'v=DKIM1; k=rsa; p=MIIB' });
    expect(records.find((r) => r.name === '_dmarc.example.org')?.value).toMatch(/^v=DMARC1; p=quarantine/);
  });

  it('leaves DKIM out until the partner has a key', () => {
    expect(mailDnsRecords({ domain: 'a.org', mailHost: 'm.b.org' }).some((r) => r.name.includes('_domainkey'))).toBe(false);
  });
});

describe('backupRetentionDays', () => {
  it('is the longest reach of daily, weekly and monthly archives', () => {
    expect(backupRetentionDays({ daily: 7, weekly: 4, monthly: 6 })).toBe(186);
    expect(backupRetentionDays({ daily: 14, weekly: 1, monthly: 0 })).toBe(14);
    expect(backupRetentionDays({ daily: 0, weekly: 0, monthly: 0 })).toBe(1);
  });
});
