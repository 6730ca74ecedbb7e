import { describe, expect, it } from 'vitest';
import { canonicalHeaderValue, canonicalPath, canonicalQuery } from './canonical-request.js';

describe('canonical request parts', () => {
  it('encodes a percent-encoded path once more, normalising its segments', () => {
    expect(canonicalPath('/model/anthropic.claude-3-5-sonnet-20240620-v1%3A0/converse')).toBe(
      '/model/anthropic.claude-3-5-sonnet-20240620-v1%253A0/converse',
    );
    expect(canonicalPath('/model/openai%2Fgpt-4o/converse-stream')).toBe('/model/openai%252Fgpt-4o/converse-stream');
    expect(canonicalPath("/a//./b/../c:d!'()*/")).toBe('/a/c%3Ad%21%27%28%29%2A/');
    expect(canonicalPath('/')).toBe('/');
  });

  it('sorts the query by encoded key and then value, encoding both per RFC 3986', () => {
    const query = new URLSearchParams();
    query.append('a-b', '1');
    query.append('a', 'z z');
    query.append('a', '*');
    query.append('X-Amz-Signature', 'left out');
    expect(canonicalQuery(query)).toBe('a=%2A&a=z%20z&a-b=1');
  });

  it('trims header values and collapses runs of spaces and tabs', () => {
    expect(canonicalHeaderValue(' \t a   b\t\tc \n')).toBe('a b c');
  });
});
