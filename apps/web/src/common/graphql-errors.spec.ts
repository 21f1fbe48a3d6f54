import { describe, expect, it } from 'vitest';
import { errorCode, formErrors, INTERNAL_MESSAGE, NETWORK_MESSAGE } from './graphql-errors';

const gql = (message: string, extensions: Record<string, unknown>) => ({ graphQLErrors: [{ message, extensions }] });

describe('formErrors', () => {
  it('puts a BAD_USER_INPUT message next to the field it names', () => {
    const e = gql('must be at least 12 characters', { code: 'BAD_USER_INPUT', field: 'password' });
    expect(formErrors(e, ['email', 'password'])).toEqual({ fields: { password: 'Must be at least 12 characters' }, form: null });
  });

  it('matches a dotted field path by its last part when the form knows only short names', () => {
    const e = gql('is not a valid email', { code: 'BAD_USER_INPUT', field: 'input.email' });
    expect(formErrors(e, ['email']).fields).toEqual({ email: 'Is not a valid email' });
  });

  it('drops the field name the server put in front of the message', () => {
    const e = gql('currentPassword: is not your current password', { code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect(formErrors(e, ['currentPassword']).fields).toEqual({ currentPassword: 'Is not your current password' });
  });

  it('shows a field the form does not have above the form, naming the field', () => {
    const e = gql('is not a cursor from this list', { code: 'BAD_USER_INPUT', field: 'after' });
    expect(formErrors(e, ['email'])).toEqual({ fields: {}, form: 'after: is not a cursor from this list' });
  });

  it('shows the server message for other codes above the form', () => {
    expect(formErrors(gql('Wrong email or password', { code: 'UNAUTHENTICATED' }), ['email']).form).toBe('Wrong email or password');
    expect(formErrors(gql('an account with this email exists', { code: 'CONFLICT' })).form).toBe('An account with this email exists');
  });

  it('never shows the text of an internal error', () => {
    expect(formErrors(gql('Internal server error', { code: 'INTERNAL_SERVER_ERROR' })).form).toBe(INTERNAL_MESSAGE);
  });

  it('explains a network failure in plain words', () => {
    expect(formErrors({ graphQLErrors: [], networkError: new Error('Failed to fetch') }).form).toBe(NETWORK_MESSAGE);
  });

  it('is empty without an error', () => {
    expect(formErrors(undefined)).toEqual({ fields: {}, form: null });
  });
});

describe('errorCode', () => {
  it('reads the first error code', () => {
    expect(errorCode(gql('x', { code: 'NOT_FOUND' }))).toBe('NOT_FOUND');
    expect(errorCode({ graphQLErrors: [] })).toBeNull();
  });
});
