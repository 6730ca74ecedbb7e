import { describe, expect, it } from 'vitest';
import { guideSearchEntries } from './guide-search-entries.js';
import { renderMarkdown } from './render-markdown.js';

describe('search entries of a guide', () => {
  it('has one entry per section, linked by the anchor the page gives its heading, with the section’s text', () => {
    const { html } = renderMarkdown('# Errors\n\nIntro.\n\n## Error replies\n\nA `ThrottlingException` & more.\n');
    const entries = guideSearchEntries({ slug: 'errors', title: 'Errors', html });
    expect(entries).toEqual([
      { kind: 'guide', title: 'Errors', context: 'Guide', text: 'Intro.', href: 'guides/errors.html' },
      {
        kind: 'guide',
        title: 'Error replies',
        context: 'Guide · Errors',
        text: 'A ThrottlingException & more.',
        href: 'guides/errors.html#error-replies',
      },
    ]);
  });
});
