import type { SearchEntry } from './reference/search-entry.js';

const headingPattern = /<h([1-3]) id="([^"]+)">(.*?)<\/h\1>/g;

function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A guide's search entries, one per section (level 1 to 3 heading), taken from the rendered page so that every link
 * uses the anchor the page really has.
 */
export function guideSearchEntries(options: { slug: string; title: string; html: string }): SearchEntry[] {
  const headings = [...options.html.matchAll(headingPattern)];
  return headings.map((heading, index) => {
    const start = (heading.index ?? 0) + heading[0].length;
    const end = headings[index + 1]?.index ?? options.html.length;
    const title = plainText((heading[3] ?? '').replace(/<a class="anchor"[^>]*>#<\/a>/, ''));
    const depth = heading[1];
    return {
      kind: 'guide',
      title,
      context: depth === '1' ? 'Guide' : `Guide · ${options.title}`,
      text: plainText(options.html.slice(start, end)),
      href: `guides/${options.slug}.html${depth === '1' ? '' : `#${heading[2]}`}`,
    };
  });
}
