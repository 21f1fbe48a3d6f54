// The DNS records a client sets for mail at their domain: MX to the partner's mail host, SPF allowing
// only it, the DKIM key the partner generated, and a DMARC policy.
import type { BackupRetention } from '../package-spec';

export interface DnsRecord {
  type: 'MX' | 'TXT' | 'CNAME';
  name: string;
  value: string;
  priority?: number;
}

export interface MailDnsInput {
  domain: string;
  /** Host name of the partner's mail server, e.g. mail.partner.coop. */
  mailHost: string;
  /** DKIM TXT value (`v=DKIM1; k=rsa; p=...`), when the partner has one for the domain. */
  dkimTxt?: string;
  dkimSelector?: string;
}

export function mailDnsRecords(input: MailDnsInput): DnsRecord[] {
  const { domain, mailHost } = input;
  const records: DnsRecord[] = [
    { type: 'MX', name: domain, value: `${mailHost}.`, priority: 10 },
    { type: 'TXT', name: domain, value: `v=spf1 mx a:${mailHost} -all` },
  ];
  if (input.dkimTxt) records.push({ type: 'TXT', name: `${input.dkimSelector ?? 'dkim'}._domainkey.${domain}`, value: input.dkimTxt });
  records.push(
    { type: 'TXT', name: `_dmarc.${domain}`, value: `v=DMARC1; p=quarantine; adkim=s; aspf=s; rua=mailto:postmaster@${domain}` },
    { type: 'CNAME', name: `autodiscover.${domain}`, value: `${mailHost}.` },
    { type: 'CNAME', name: `autoconfig.${domain}`, value: `${mailHost}.` },
  );
  return records;
}

/** How long the oldest archive the retention keeps can be, in days: the repository lives that long after termination. */
export function backupRetentionDays(retention: BackupRetention): number {
  return Math.max(retention.daily, retention.weekly * 7, retention.monthly * 31, 1);
}
