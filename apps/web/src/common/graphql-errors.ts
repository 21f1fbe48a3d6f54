/** What a form shows for a failed operation: messages next to fields, and one message for the form. */
export type FormErrors = { fields: Record<string, string>; form: string | null };

type ErrorLike = {
  graphQLErrors?: readonly { message: string; extensions?: Record<string, unknown> }[];
  networkError?: unknown;
};

export const NETWORK_MESSAGE = 'We cannot reach the server. Check your connection and try again.';
export const INTERNAL_MESSAGE = 'Something went wrong on our side. Please try again; if it keeps happening, tell us.';

/** The error code of the first GraphQL error (`UNAUTHENTICATED`, `NOT_FOUND`, ...), if any. */
export function errorCode(error: ErrorLike | null | undefined): string | null {
  const code = error?.graphQLErrors?.[0]?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

/**
 * Turns a failed operation into form messages. `BAD_USER_INPUT` with a `field` goes next to that field
 * (matched by the last part of a dotted path when the form knows only short names); everything else is
 * shown above the form with the server's message, except internal errors, whose text says nothing useful.
 */
export function formErrors(error: ErrorLike | null | undefined, knownFields: readonly string[] = []): FormErrors {
  const result: FormErrors = { fields: {}, form: null };
  if (!error) return result;
  const gqlErrors = error.graphQLErrors ?? [];
  if (gqlErrors.length === 0) {
    if (error.networkError) result.form = NETWORK_MESSAGE;
    return result;
  }
  for (const e of gqlErrors) {
    const code = e.extensions?.code;
    const field = typeof e.extensions?.field === 'string' ? e.extensions.field : null;
    if (code === 'BAD_USER_INPUT' && field) {
      const name = knownFields.includes(field) ? field : (knownFields.find((k) => k === field.split('.').pop()) ?? null);
      if (name) {
        result.fields[name] ??= sentence(withoutFieldPrefix(e.message, field));
        continue;
      }
      result.form ??= `${field}: ${e.message}`;
      continue;
    }
    result.form ??= code === 'INTERNAL_SERVER_ERROR' ? INTERNAL_MESSAGE : sentence(e.message);
  }
  return result;
}

/** "must be at least 12 characters" -> "Must be at least 12 characters". */
export function sentence(message: string): string {
  return message.length ? message[0].toUpperCase() + message.slice(1) : message;
}

/** "currentPassword: is not your current password" next to that field reads "Is not your current password". */
function withoutFieldPrefix(message: string, field: string): string {
  const short = field.split('.').pop()!;
  for (const prefix of [`${field}: `, `${short}: `]) if (message.startsWith(prefix)) return message.slice(prefix.length);
  return message;
}
