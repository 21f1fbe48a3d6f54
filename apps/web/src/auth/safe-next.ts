/** Where to go after logging in: only a path on this site (never `//evil.example` or a full URL). */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
