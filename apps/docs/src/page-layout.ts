import { guides } from './guides.js';

/** Where a page sits in the site, so that its links can be relative and the site works under any prefix. */
export type PageLocation = 'root' | 'guides' | 'api';

export interface PageOptions {
  title: string;
  /** The page's content, already HTML. */
  body: string;
  location: PageLocation;
  /** The slug of the guide shown, to mark it in the navigation; `index` for the index page, `api` for the reference. */
  current: string;
  /** Links shown under the current page's entry in the navigation: the reference's operations and schemas. */
  outline?: string;
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEscapes[character] ?? character);
}

/** The path from a page back to the site's root folder. */
export function pathToRoot(location: PageLocation): string {
  return location === 'root' ? '' : '../';
}

function navigation({ location, current, outline }: PageOptions): string {
  const toRoot = pathToRoot(location);
  const item = (href: string, label: string, active: boolean, below = '') =>
    `<li><a href="${href}"${active ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a>${active ? below : ''}</li>`;
  return [
    '<nav class="site-nav" aria-label="Documentation">',
    `<a class="site-name" href="${toRoot}index.html"><img src="${toRoot}assets/favicon.svg" alt="" width="22" height="22">Heimdall</a>`,
    '<div class="search" role="search">',
    '<input type="search" id="search-input" placeholder="Search guides and API" aria-label="Search the guides and the API reference" autocomplete="off">',
    '<ol id="search-results" class="search-results" hidden></ol>',
    '</div>',
    '<ul>',
    ...guides.map((guide) => item(`${toRoot}guides/${guide.slug}.html`, guide.title, guide.slug === current)),
    item(`${toRoot}api/index.html`, 'API reference', current === 'api', outline ?? ''),
    '</ul>',
    '</nav>',
  ].join('\n');
}

/**
 * The one layout every page shares: navigation with the search on the side, the content beside it. Scripts are the
 * site's own files (search, copy buttons, sample tabs); nothing is loaded from another host.
 */
export function renderPage(options: PageOptions): string {
  const { title, body, location } = options;
  const toRoot = pathToRoot(location);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Heimdall</title>
<link rel="stylesheet" href="${toRoot}assets/site.css">
<link rel="stylesheet" href="${toRoot}assets/highlight.css">
<link rel="icon" href="${toRoot}assets/favicon.svg" type="image/svg+xml">
<script src="${toRoot}assets/search-index.js" defer></script>
<script src="${toRoot}assets/search.js" defer></script>
<script src="${toRoot}assets/code-blocks.js" defer></script>
</head>
<body data-root="${toRoot}">
<div class="site">
${navigation(options)}
<main class="content${location === 'api' ? ' content-wide' : ''}">
${body}
</main>
</div>
</body>
</html>
`;
}
