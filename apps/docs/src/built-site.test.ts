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
    expect(reference).toContain('pydanticaiBedrockConverseStream');
    // The management API is in the reference because it is in the spec.
    expect(reference).toContain('createVirtualKey');
    expect(reference).toContain('searchLogs');
  });

  it('has no broken links between its pages, and no page linking outside the site by a root path', () => {
    const pages = htmlPages(site).filter((page) => !page.endsWith(join('api', 'index.html')));
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

  it('loads the API reference without anything from outside: Redoc is inlined', () => {
    const reference = readFileSync(join(site, 'api', 'index.html'), 'utf8');
    expect(reference).not.toMatch(/<script[^>]+src="https?:/);
    expect(reference).not.toMatch(/<link[^>]+href="https?:/);
  });
});
