import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildApiReference } from './build-api-reference.js';
import { guides } from './guides.js';
import { escapeHtml, renderPage } from './page-layout.js';
import { renderMarkdown } from './render-markdown.js';

export interface SiteOptions {
  /** The docs package: `guides/` and `site/` are read from here. */
  packageDirectory: string;
  /** The OpenAPI document the API reference is rendered from. */
  specPath: string;
  /** Emptied, then filled with the site. */
  outputDirectory: string;
}

async function renderGuide(packageDirectory: string, slug: string, title: string): Promise<string> {
  const source = join(packageDirectory, 'guides', `${slug}.md`);
  const rendered = renderMarkdown(await readFile(source, 'utf8'));
  if (rendered.title !== title) {
    throw new Error(
      `${source} starts with the heading "${rendered.title ?? '(none)'}", but guides.ts calls it "${title}"`,
    );
  }
  return renderPage({ title, body: rendered.html, location: 'guides', current: slug });
}

async function renderIndex(packageDirectory: string): Promise<string> {
  const introduction = renderMarkdown(await readFile(join(packageDirectory, 'site', 'index.md'), 'utf8'));
  const list = guides
    .map(
      (guide) =>
        `<dt><a href="guides/${guide.slug}.html">${escapeHtml(guide.title)}</a></dt><dd>${escapeHtml(guide.summary)}</dd>`,
    )
    .join('\n');
  const body = `${introduction.html}
<h2 id="guides">Guides</h2>
<dl class="guide-list">
${list}
</dl>
<h2 id="api-reference">API reference</h2>
<p><a href="api/index.html">Every operation, request and reply</a>, rendered from the OpenAPI document
(<a href="openapi.yaml">openapi.yaml</a>) that the gateway, its types and its validators are generated from.</p>
`;
  return renderPage({ title: 'Documentation', body, location: 'root', current: 'index' });
}

/**
 * Builds the static docs site: `index.html`, one page per guide under `guides/`, the API reference under `api/`,
 * the spec itself as `openapi.yaml`, and the stylesheets under `assets/`. Every link is relative, so the site can be
 * served under any path (the gateway serves it under `/docs`).
 */
export async function buildSite({ packageDirectory, specPath, outputDirectory }: SiteOptions): Promise<void> {
  await rm(outputDirectory, { recursive: true, force: true });
  for (const folder of ['guides', 'assets', 'api']) await mkdir(join(outputDirectory, folder), { recursive: true });

  const apiReference = buildApiReference({
    specPath,
    outputPath: join(outputDirectory, 'api', 'index.html'),
    templatePath: join(packageDirectory, 'site', 'api-reference.hbs'),
  });
  const pages = [
    ...guides.map(async (guide) =>
      writeFile(
        join(outputDirectory, 'guides', `${guide.slug}.html`),
        await renderGuide(packageDirectory, guide.slug, guide.title),
      ),
    ),
    renderIndex(packageDirectory).then((html) => writeFile(join(outputDirectory, 'index.html'), html)),
    copyFile(specPath, join(outputDirectory, 'openapi.yaml')),
    ...['site.css', 'api-reference.css', 'favicon.svg'].map((name) =>
      copyFile(join(packageDirectory, 'site', name), join(outputDirectory, 'assets', name)),
    ),
  ];
  await Promise.all([apiReference, ...pages]);
}
