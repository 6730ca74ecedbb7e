import { guides } from './guides.js';

/** Where a page sits in the site, so that its links can be relative and the site works under any prefix. */
export type PageLocation = 'root' | 'guides';

export interface PageOptions {
  title: string;
  /** The page's content, already HTML. */
  body: string;
  location: PageLocation;
  /** The slug of the guide shown, to mark it in the navigation; `index` for the index page. */
  current: string;
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEscapes[character] ?? character);
}

function navigation(location: PageLocation, current: string): string {
  const toRoot = location === 'root' ? '' : '../';
  const toGuides = location === 'root' ? 'guides/' : '';
  const item = (href: string, label: string, active: boolean) =>
    `<li><a href="${href}"${active ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a></li>`;
  return [
    '<nav class="site-nav" aria-label="Documentation">',
    `<a class="site-name" href="${toRoot}index.html">Heimdall</a>`,
    '<ul>',
    ...guides.map((guide) => item(`${toGuides}${guide.slug}.html`, guide.title, guide.slug === current)),
    item(`${toRoot}api/index.html`, 'API reference', false),
    '</ul>',
    '</nav>',
  ].join('\n');
}

/** The one layout every hand-written page shares: navigation on the side, the content beside it. */
export function renderPage({ title, body, location, current }: PageOptions): string {
  const toRoot = location === 'root' ? '' : '../';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Heimdall</title>
<link rel="stylesheet" href="${toRoot}assets/site.css">
<link rel="icon" href="${toRoot}assets/favicon.svg" type="image/svg+xml">
</head>
<body>
<div class="site">
${navigation(location, current)}
<main class="content">
${body}
</main>
</div>
</body>
</html>
`;
}
