import { describe, expect, it } from 'vitest';
import { MATCH_END, MATCH_START, renderSnippet } from './search-snippet';

describe('search snippets', () => {
  it('marks the matches', () => {
    expect(renderSnippet(`the ${MATCH_START}mailbox${MATCH_END} is ${MATCH_START}full${MATCH_END}`)).toBe(
      'the <mark>mailbox</mark> is <mark>full</mark>',
    );
  });

  it('escapes whatever HTML the ticket text holds, inside and outside matches', () => {
    expect(renderSnippet(`<script>alert(1)</script> ${MATCH_START}<b>dns</b>${MATCH_END} & "x"`)).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; <mark>&lt;b&gt;dns&lt;/b&gt;</mark> &amp; &quot;x&quot;',
    );
  });

  it('drops stray or unbalanced markers', () => {
    expect(renderSnippet(`a${MATCH_END}b ${MATCH_START}c`)).toBe('ab c');
  });
});
