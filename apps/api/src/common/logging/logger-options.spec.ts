import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { REDACT_PATHS } from './logger-options';

describe('log redaction', () => {
  it('never writes tokens, cookies or passwords', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const log = pino({ redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, sink);
    log.info({
      req: { headers: { authorization: 'Bearer cps_secret_token', cookie: 'portal_session=cps_cookie_secret' } },
      res: { headers: { 'set-cookie': 'portal_session=cps_set_secret' } },
      input: { email: 'a@b.c', password: 'hunter2-password' },
      change: { currentPassword: 'old-secret', newPassword: 'new-secret' },
      created: { token: 'cpt_api_secret' },
    });
    const out = lines.join('');
    for (const secret of ['cps_secret_token', 'cps_cookie_secret', 'cps_set_secret', 'hunter2-password', 'old-secret', 'new-secret', 'cpt_api_secret']) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('a@b.c');
  });
});
