import { describe, expect, it } from 'vitest';
import { headingAnchor, renderMarkdown } from './render-markdown.js';

describe('guides in Markdown', () => {
  it('gives every heading an anchor that links to it, unique on the page', () => {
    const { html, title } = renderMarkdown('# Quick start\n\n## Send a `curl` request\n\n## Send a `curl` request\n');
    expect(title).toBe('Quick start');
    expect(html).toContain('<h2 id="send-a-curl-request">');
    expect(html).toContain('<h2 id="send-a-curl-request-1">');
    expect(html).toContain('href="#send-a-curl-request"');
  });

  it('links guides to each other as pages of the site, anchors kept', () => {
    const { html } = renderMarkdown(
      'See [errors](errors.md#error-replies) and [the spec](https://spec.openapis.org/).',
    );
    expect(html).toContain('href="errors.html#error-replies"');
    expect(html).toContain('href="https://spec.openapis.org/"');
  });

  it('keeps letters and numbers of any language in anchors', () => {
    expect(headingAnchor('HTTP/2 & load balancers: 3 rules')).toBe('http2-load-balancers-3-rules');
    expect(headingAnchor('Überblick')).toBe('überblick');
  });

  it('highlights code blocks at build time, and shows a block in an unknown language as plain escaped text', () => {
    const { html } = renderMarkdown('```python\nimport boto3\n```\n\n```brainfuck\n<+>\n```\n');
    expect(html).toContain(
      '<pre class="code-block" data-language="python"><code class="hljs"><span class="hljs-keyword">import</span> boto3',
    );
    expect(html).toContain('<pre class="code-block"><code>&lt;+&gt;');
  });
});
