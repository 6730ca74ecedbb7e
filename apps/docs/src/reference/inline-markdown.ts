import { Marked } from 'marked';

const marked = new Marked({ gfm: true });

/** A description from the spec (CommonMark, as OpenAPI allows) as inline HTML: paragraphs joined, no `<p>`. */
export function renderInlineMarkdown(text: string): string {
  return marked.parseInline(text.trim().replace(/\n{2,}/g, '<br><br>'), { async: false });
}

/** A longer description from the spec as block HTML: paragraphs and lists kept. */
export function renderBlockMarkdown(text: string): string {
  return marked.parse(text.trim(), { async: false });
}
