import { Marked, type Tokens } from 'marked';
import { highlightCode } from './highlight-code.js';

/** A guide as HTML, with what the page around it needs. */
export interface RenderedMarkdown {
  html: string;
  /** The text of the first level-1 heading, which is the page's title. */
  title: string | undefined;
}

/** `Quick start: one command` → `quick-start-one-command`, the anchor a heading can be linked to by. */
export function headingAnchor(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{Letter}\p{Number}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

/**
 * Guides link to each other as `errors.md` so that they read well as plain files too; on the site each is an HTML
 * page beside the others.
 */
function toSitePath(href: string): string {
  const match = /^([\w-]+)\.md(#.*)?$/.exec(href);
  return match ? `${match[1]}.html${match[2] ?? ''}` : href;
}

/**
 * Renders one guide: GitHub-flavoured Markdown, headings with anchors, links between guides pointing at pages, code
 * blocks highlighted.
 */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const usedAnchors = new Map<string, number>();
  let title: string | undefined;
  const marked = new Marked({
    gfm: true,
    walkTokens(token) {
      if (token.type === 'link') (token as Tokens.Link).href = toSitePath((token as Tokens.Link).href);
    },
    renderer: {
      code({ text, lang }) {
        return `${highlightCode(text, lang)}\n`;
      },
      heading({ tokens, depth, text }) {
        const inner = this.parser.parseInline(tokens);
        const plain = this.parser.parseInline(tokens, this.parser.textRenderer);
        if (depth === 1 && title === undefined) title = plain;
        const base = headingAnchor(plain || text);
        const seen = usedAnchors.get(base) ?? 0;
        usedAnchors.set(base, seen + 1);
        const anchor = seen === 0 ? base : `${base}-${seen}`;
        return `<h${depth} id="${anchor}"><a class="anchor" href="#${anchor}" aria-hidden="true">#</a>${inner}</h${depth}>\n`;
      },
    },
  });
  const html = marked.parse(markdown, { async: false });
  return { html, title };
}
