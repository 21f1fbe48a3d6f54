import { useState, type ChangeEvent } from 'react';
import type { CombinedError } from 'urql';
import { type FormErrors, formErrors } from './graphql-errors';

/**
 * A form's values and its mutation: `bind(name)` gives an input its value, its server message
 * (BAD_USER_INPUT naming that field) and a change handler that clears the message; `submit` runs the
 * mutation and returns the data, or null after showing the errors; `fail` shows errors found in the browser.
 */
export function useGraphqlForm<V extends Record<string, string>>(initial: V) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });
  const [submitting, setSubmitting] = useState(false);
  const knownFields = Object.keys(initial);

  async function submit<T>(run: () => Promise<{ data?: T | null; error?: CombinedError }>): Promise<T | null> {
    setSubmitting(true);
    try {
      const result = await run();
      setErrors(formErrors(result.error, knownFields));
      return result.error ? null : (result.data ?? null);
    } finally {
      setSubmitting(false);
    }
  }

  function bind(name: keyof V & string) {
    return {
      value: values[name],
      error: errors.fields[name],
      // Mantine's PasswordInput leaves this out; every input with a message is marked invalid.
      'aria-invalid': errors.fields[name] ? true : undefined,
      onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
        const value = e.currentTarget.value;
        setValues((v) => ({ ...v, [name]: value }));
        setErrors((e) => (e.fields[name] ? { ...e, fields: Object.fromEntries(Object.entries(e.fields).filter(([k]) => k !== name)) } : e));
      },
    };
  }

  /** Shows messages found before sending (a price that is not an amount), next to their fields. */
  function fail(fields: Record<string, string>) {
    setErrors({ fields, form: null });
  }

  return { values, bind, errors, submitting, submit, fail, reset: () => setValues(initial) };
}
