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

  function setValue(name: keyof V & string, value: string) {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => (e.fields[name] ? { ...e, fields: Object.fromEntries(Object.entries(e.fields).filter(([k]) => k !== name)) } : e));
  }

  function message(name: keyof V & string) {
    // Mantine's PasswordInput leaves aria-invalid out; every input with a message is marked invalid.
    return { error: errors.fields[name], 'aria-invalid': errors.fields[name] ? true : undefined };
  }

  function bind(name: keyof V & string) {
    return {
      value: values[name],
      ...message(name),
      onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValue(name, e.currentTarget.value),
    };
  }

  /** For a Mantine Select: the value (null when empty), its message, and a change handler. */
  function bindSelect(name: keyof V & string) {
    return { value: values[name] || null, ...message(name), onChange: (value: string | null) => setValue(name, value ?? '') };
  }

  /** Shows messages found before sending (a price that is not an amount), next to their fields. */
  function fail(fields: Record<string, string>) {
    setErrors({ fields, form: null });
  }

  return { values, bind, bindSelect, errors, submitting, submit, fail, reset: () => setValues(initial) };
}
