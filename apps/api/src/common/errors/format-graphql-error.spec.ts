import { describe, expect, it } from 'vitest';
import { createGraphqlErrorFormatter, variableCoercionField } from './format-graphql-error';
import { badInput, DomainException } from './domain.exception';

describe('GraphQL error formatting', () => {
  const logged: unknown[] = [];
  const format = createGraphqlErrorFormatter({ error: (obj) => logged.push(obj) });

  it('maps a domain exception to its code and field', () => {
    const out = format({ message: 'x', path: ['signUp'] }, { originalError: badInput('email', 'must be a valid email address') });
    expect(out).toEqual({ message: 'email: must be a valid email address', path: ['signUp'], extensions: { code: 'BAD_USER_INPUT', field: 'email' } });
  });

  it('passes retry-after with RATE_LIMITED', () => {
    const out = format({ message: 'x' }, { originalError: new DomainException('RATE_LIMITED', 'slow down', { retryAfterSeconds: 30 }) });
    expect(out.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 30 });
  });

  it('hides unexpected errors and logs them once', () => {
    logged.length = 0;
    const out = format({ message: 'relation "users" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, { originalError: new Error('relation "users" does not exist') });
    expect(out).toEqual({ message: 'Internal server error', path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toHaveLength(1);
  });

  it('names the field of a variable that does not fit its type', () => {
    expect(variableCoercionField('Variable "$input" got invalid value 1 at "input.email"; String cannot represent a non string value: 1')).toBe('email');
    expect(variableCoercionField('Variable "$i" got invalid value { email: 1 }; Field "password" of required type "String!" was not provided.')).toBe('password');
    expect(variableCoercionField('Variable "$slug" got invalid value 3; String cannot represent a non string value: 3')).toBe('slug');
    expect(variableCoercionField('Cannot query field "x" on type "Query".')).toBeNull();
  });
});
