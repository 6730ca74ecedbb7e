import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { guides } from './guides.js';

// Checks the site `pnpm build` wrote: the test task runs after the build task.
const site = fileURLToPath(new URL('../dist', import.meta.url));

function htmlPages(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return htmlPages(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The `href`s of a page that point inside the site: not absolute, not another scheme, not only an anchor. */
function internalLinks(html: string): string[] {
  return [...html.matchAll(/href="([^"]+)"/g)]
    .map((match) => match[1] ?? '')
    .filter((href) => !/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(href));
}

describe('the built docs site', () => {
  it('has an index, every guide and the API reference', () => {
    expect(existsSync(join(site, 'index.html'))).toBe(true);
    for (const guide of guides) expect(existsSync(join(site, 'guides', `${guide.slug}.html`))).toBe(true);
    const reference = readFileSync(join(site, 'api', 'index.html'), 'utf8');
    expect(reference).toContain('id="operation-converseStream"');
    // Every path of the spec is named on the page, in its operation's list of prefixes.
    expect(reference).toContain('<code>/pydanticai/bedrock/model/{modelId}/converse-stream</code>');
  });

  it('shows each operation of the API reference once, with examples from the recordings, never made-up values', () => {
    const reference = readFileSync(join(site, 'api', 'index.html'), 'utf8');
    const sections = [...reference.matchAll(/<section class="operation" id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(sections).size).toBe(sections.length);
    expect(sections).toEqual(expect.arrayContaining(['operation-converse', 'operation-converseStream']));
    expect(reference).not.toContain('property1');
    expect(reference).toContain('What is the capital of France?');
  });

  it('indexes the guides and the reference for one search, each operation once', () => {
    const script = readFileSync(join(site, 'assets', 'search-index.js'), 'utf8');
    const entries = JSON.parse(script.slice(script.indexOf('= ') + 2, script.lastIndexOf(';'))) as {
      kind: string;
      href: string;
    }[];
    const operations = entries.filter((entry) => entry.kind === 'operation').map((entry) => entry.href);
    expect(new Set(operations).size).toBe(operations.length);
    expect(operations).toContain('api/index.html#operation-converseStream');
    for (const guide of guides) expect(entries.some((entry) => entry.href === `guides/${guide.slug}.html`)).toBe(true);
  });

  it('has no broken links between its pages, and no page linking outside the site by a root path', () => {
    const pages = htmlPages(site);
    const broken: string[] = [];
    for (const page of pages) {
      const links = internalLinks(readFileSync(page, 'utf8'));
      for (const link of links) {
        const [path = '', anchor] = link.split('#');
        const target = join(dirname(page), path);
        if (link.startsWith('/') || !existsSync(target)) {
          broken.push(`${relative(site, page)} → ${link}`);
          continue;
        }
        if (anchor && path.endsWith('.html') && !readFileSync(target, 'utf8').includes(`id="${anchor}"`)) {
          broken.push(`${relative(site, page)} → ${link} (no such anchor)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives every page, the API reference too, the site icon that the site itself carries', () => {
    for (const page of htmlPages(site)) {
      const icon = /<link rel="icon" href="([^"]+)"/.exec(readFileSync(page, 'utf8'))?.[1];
      expect(icon, relative(site, page)).toBeDefined();
      expect(existsSync(join(dirname(page), icon ?? '')), relative(site, page)).toBe(true);
    }
  });

  it('loads nothing from outside on any page: scripts, styles and images are the site’s own files', () => {
    for (const page of htmlPages(site)) {
      const html = readFileSync(page, 'utf8');
      expect(html, relative(site, page)).not.toMatch(/<(script|img)[^>]+src="(https?:)?\/\//);
      expect(html, relative(site, page)).not.toMatch(/<link[^>]+href="(https?:)?\/\//);
    }
  });
});
