/** Markers ts_headline puts around matches; control characters no ticket text contains after escaping. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes the user's text as HTML, then turns the match markers into <mark>: safe to render as is. */
export function renderSnippet(headline: string): string {
  const stray = new RegExp(`[${MATCH_START}${MATCH_END}]`, 'g');
  const parts = headline.split(MATCH_START).map((part, i) => {
    if (i === 0) return escapeHtml(part.replace(stray, ''));
    const end = part.indexOf(MATCH_END);
    if (end < 0) return escapeHtml(part.replace(stray, ''));
    return `<mark>${escapeHtml(part.slice(0, end))}</mark>${escapeHtml(part.slice(end + 1).replace(stray, ''))}`;
  });
  return parts.join('');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
