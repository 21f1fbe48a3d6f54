import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../../config/app-config';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Redacted wherever they appear in a log line. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.apiKey',
  '*.credentials',
  '*.secret',
];

/** pino JSON logs with a request id on every line and in the X-Request-Id header; pretty in a terminal. */
export function loggerOptions(config: AppConfig): Params {
  const pretty = process.stdout.isTTY && config.env !== 'test';
  return {
    pinoHttp: {
      level: config.logLevel,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      genReqId(req: IncomingMessage, res: ServerResponse) {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      // one line per request at info; below that level, skip the per-request bookkeeping altogether
      autoLogging: ['trace', 'debug', 'info'].includes(config.logLevel)
        ? { ignore: (req: IncomingMessage) => ['/healthz', '/readyz', '/metrics'].includes(req.url ?? '') }
        : false,
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      },
      ...(pretty ? { transport: { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss' } } } : {}),
    },
  };
}
