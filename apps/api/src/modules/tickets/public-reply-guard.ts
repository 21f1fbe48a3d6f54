/** Someone on the staff, as far as mentions go. */
export interface StaffIdentity {
  name: string;
  email: string;
}

export type InternalHint = { kind: 'MENTION'; handle: string } | { kind: 'WORD'; word: string };

/** The handles a staff member can be @-mentioned by: e-mail local part, full name without spaces, first name. */
export function staffHandles(staff: readonly StaffIdentity[]): Set<string> {
  const handles = new Set<string>();
  for (const person of staff) {
    const local = person.email.split('@')[0]?.toLowerCase();
    if (local) handles.add(local);
    const words = person.name.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length) {
      handles.add(words.join(''));
      handles.add(words.join('.'));
      handles.add(words[0]);
    }
  }
  return handles;
}

// "@name" at the start or after a non-word character; "bob@example.org" is an address, not a mention.
const MENTION = /(?<![\w.@])@([a-z0-9][\w.-]*)/gi;
const INTERNAL_WORD = /\b(internal(?:ly)?)\b/gi;

/**
 * Why a public reply looks like it was meant as an internal note: it @-mentions a staff member, or says
 * "internal". Empty = looks fine. The caller asks for `confirmPublic` when this is not empty.
 */
export function internalHints(body: string, staff: readonly StaffIdentity[]): InternalHint[] {
  const handles = staffHandles(staff);
  const hints: InternalHint[] = [];
  for (const match of body.matchAll(MENTION)) {
    const handle = match[1].replace(/[.-]+$/, '').toLowerCase();
    if (handles.has(handle) && !hints.some((h) => h.kind === 'MENTION' && h.handle === handle)) {
      hints.push({ kind: 'MENTION', handle });
    }
  }
  for (const match of body.matchAll(INTERNAL_WORD)) {
    const word = match[1].toLowerCase();
    if (!hints.some((h) => h.kind === 'WORD' && h.word === word)) hints.push({ kind: 'WORD', word });
  }
  return hints;
}

export function looksInternal(body: string, staff: readonly StaffIdentity[]): boolean {
  return internalHints(body, staff).length > 0;
}
