import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { docsDirectory } from '../app/documentation-routes.js';
import { loadConfig } from '../config/load-config.js';
import { createGateway, type Gateway } from '../create-gateway.js';
import { createLogger } from '../logging/create-logger.js';

/** Debian's Chromium (`apt-get install chromium`); Playwright's own browser downloads are not used. */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumMissing = !existsSync(chromiumPath);
const aptAvailable = existsSync('/usr/bin/apt-get');
/**
 * Under CI a missing browser fails the run wherever apt-get could have installed it (`scripts/ensure-chromium.sh`
 * does so under CI). Elsewhere that script asks before installing, and the test is skipped, loudly, when the answer
 * was no.
 */
const skipReason = !chromiumMissing
  ? undefined
  : !aptAvailable
    ? `no Chromium at ${chromiumPath} and no apt-get to install it (set CHROMIUM_PATH to a Chromium binary)`
    : process.env.CI
      ? undefined
      : `no Chromium at ${chromiumPath} (HEIMDALL_INSTALL_CHROMIUM=1 pnpm test installs Debian's chromium)`;
if (skipReason) console.warn(`\n*** SKIPPED: the docs site browser test: ${skipReason} ***\n`);

/** Where the screenshots go: `HEIMDALL_SCREENSHOTS_DIR` (to refresh the committed ones), else a temporary folder. */
const screenshotsDirectory = process.env.HEIMDALL_SCREENSHOTS_DIR ?? mkdtempSync(join(tmpdir(), 'heimdall-docs-'));

interface SpecOperation {
  operationId: string;
  'x-heimdall-handler'?: string;
}

interface SpecPath {
  method: string;
  path: string;
  operationId: string;
  handler: string | undefined;
}

function specPaths(): SpecPath[] {
  const require = createRequire(import.meta.url);
  const spec = parse(readFileSync(require.resolve('@heimdall/spec/openapi.yaml'), 'utf8')) as {
    paths: Record<string, Record<string, SpecOperation>>;
  };
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({
      method,
      path,
      operationId: operation.operationId,
      handler: operation['x-heimdall-handler'],
    })),
  );
}

/**
 * The handlers the spec serves as one operation under several path prefixes (one method, every path the shortest
 * under a prefix): each must be one section of the reference, under the handler's name, and one search hit.
 */
function prefixedHandlers(paths: readonly SpecPath[]): Map<string, string[]> {
  const byHandler = new Map<string, SpecPath[]>();
  for (const path of paths) {
    if (path.handler) byHandler.set(path.handler, [...(byHandler.get(path.handler) ?? []), path]);
  }
  return new Map(
    [...byHandler]
      .filter(([, served]) => {
        const shortest = [...served].sort((a, b) => a.path.length - b.path.length)[0];
        const sameOperation = served.every(
          (path) => path.method === shortest?.method && path.path.endsWith(shortest?.path ?? ''),
        );
        return served.length > 1 && sameOperation;
      })
      .map(([handler, served]) => [handler, served.map((path) => path.operationId)]),
  );
}

let gateway: Gateway;
let url: string;
let browser: Browser;
let context: BrowserContext;
/** Every request the pages made to a host other than the gateway; each was refused. */
const outsideRequests: string[] = [];
const pageErrors: string[] = [];

async function openPage(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
  await page.goto(`${url}${path}`);
  return page;
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotsDirectory, { recursive: true });
  const path = join(screenshotsDirectory, `${name}.png`);
  await page.screenshot({ path });
  console.log(`Screenshot: ${path}`);
}

async function searchResults(page: Page, query: string): Promise<{ kind: string; title: string; href: string }[]> {
  await page.locator('#search-input').fill(query);
  await page.locator('#search-results').waitFor({ state: 'visible' });
  return page.locator('#search-results li.search-result').evaluateAll((items) =>
    items.map((item) => ({
      kind: item.className.replace(/^.*search-result-/, ''),
      title: item.querySelector('.search-title')?.textContent ?? '',
      href: item.querySelector('a')?.getAttribute('href') ?? '',
    })),
  );
}

describe.skipIf(skipReason !== undefined)('the docs site in a real browser, served by the gateway', () => {
  beforeAll(async () => {
    if (chromiumMissing) {
      throw new Error(
        `No Chromium at ${chromiumPath}: run \`bash scripts/ensure-chromium.sh\` (installs Debian's chromium)`,
      );
    }
    if (!existsSync(join(docsDirectory(), 'api', 'index.html'))) {
      throw new Error(`The docs site is not built in ${docsDirectory()}: run \`pnpm build\``);
    }
    const config = loadConfig({ HOST: '127.0.0.1', PORT: '0' }, mkdtempSync(join(tmpdir(), 'heimdall-docs-config-')));
    gateway = createGateway({ config, logger: createLogger({ LOG_LEVEL: 'silent' }) });
    ({ url } = await gateway.start());
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    // Every request of every page passes here: the gateway's own go through, anything else is recorded and refused,
    // so a page that needs an outside host (a CDN, a font, a logo, telemetry) fails the test, online or not.
    await context.route('**/*', async (route) => {
      const requested = route.request().url();
      if (requested.startsWith(`${url}/`) || requested.startsWith('data:')) return route.continue();
      outsideRequests.push(`${route.request().resourceType()} ${requested}`);
      return route.abort('blockedbyclient');
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await gateway?.stop({ graceMs: 0 });
  });

  it('leads from the gateway root to the docs, whose guides have highlighted code with copy buttons', async () => {
    const page = await openPage('/');
    await expect.poll(() => page.title()).toBe('Documentation · Heimdall');
    expect(page.url()).toBe(`${url}/docs/`);
    await page.getByRole('link', { name: 'Clients' }).first().click();
    await page.getByRole('heading', { name: 'boto3' }).waitFor();
    const pythonBlock = page.locator('pre.code-block[data-language="python"]').first();
    await expect.poll(() => pythonBlock.locator('.hljs-keyword').count()).toBeGreaterThan(0);
    await expect.poll(() => pythonBlock.getByRole('button', { name: 'Copy the code' }).isVisible()).toBe(true);
    // The quick start's code shows whole at this width; a narrower window scrolls a block rather than cutting it.
    const quickStart = await openPage('/docs/guides/quick-start.html');
    const blocks = await quickStart.locator('pre.code-block').evaluateAll((elements) =>
      elements.map((block) => ({
        overflow: getComputedStyle(block).overflowX,
        cut: block.scrollWidth > block.clientWidth ? (block.textContent ?? '').slice(0, 60) : undefined,
      })),
    );
    expect(new Set(blocks.map((block) => block.overflow))).toEqual(new Set(['auto']));
    expect(blocks.flatMap((block) => (block.cut ? [block.cut] : []))).toEqual([]);
    await screenshot(page, 'guide-clients');
  }, 60_000);

  it('finds every operation of the spec once, by any of its path prefixes, in the one search of guides and reference', async () => {
    const page = await openPage('/docs/guides/quick-start.html');
    const paths = specPaths();
    const prefixed = prefixedHandlers(paths);
    expect([...prefixed.keys()]).toEqual(expect.arrayContaining(['converse', 'converseStream']));
    for (const { operationId, handler } of paths) {
      const results = await searchResults(page, operationId);
      const operations = results.filter((result) => result.kind === 'operation').map((result) => result.href);
      const label = `search for ${operationId}`;
      expect(operations.length, label).toBeGreaterThan(0);
      expect(new Set(operations).size, label).toBe(operations.length);
      if (handler && prefixed.has(handler)) {
        // An id can be the start of another (`converse`, `converseStream`): that one may be listed too, once.
        expect(
          operations.filter((href) => href.endsWith(`#operation-${handler}`)),
          label,
        ).toHaveLength(1);
      }
    }
    const converse = (await searchResults(page, 'converse')).filter((result) => result.kind === 'operation');
    expect(converse.map((result) => result.title).sort()).toEqual([
      'Converse with model',
      'Stream converse with model',
    ]);

    // Guides are found by the same box: a section of the operations guide, then an operation from a guide page.
    const guideHits = await searchResults(page, 'graceful shutdown');
    expect(guideHits.some((result) => result.kind === 'guide' && result.href.includes('guides/operations.html'))).toBe(
      true,
    );
    await searchResults(page, 'stream converse');
    await screenshot(page, 'search-stream-converse');
    await page.locator('#search-results li.search-result-operation a').first().click();
    await page.getByRole('heading', { name: 'Stream converse with model' }).waitFor({ state: 'visible' });
    expect(page.url()).toContain('/docs/api/index.html#operation-');
  }, 60_000);

  it('shows each Converse operation once, with its prefixes, code samples per client and the recorded stream', async () => {
    const page = await openPage('/docs/api/index.html#operation-converseStream');
    const section = page.locator('#operation-converseStream');
    await section.waitFor({ state: 'visible' });
    expect(await page.locator('section.operation h3', { hasText: 'Stream converse with model' }).count()).toBe(1);
    await expect
      .poll(() => section.locator('.paths td code').allTextContents())
      .toContain('/litellm/model/{modelId}/converse-stream');

    const tabs = await section.getByRole('tab').allTextContents();
    expect(tabs).toEqual([
      'curl',
      'boto3',
      'PydanticAI',
      'AWS SDK for JavaScript',
      'Vercel AI SDK',
      'LangChain',
      '@heimdall/client',
    ]);
    for (const [tab, expected] of [
      ['boto3', 'client.converse_stream('],
      ['PydanticAI', 'BedrockConverseModel('],
      ['@heimdall/client', 'client.converseStream('],
    ] as const) {
      await section.getByRole('tab', { name: tab, exact: true }).click();
      const panel = section.getByRole('tabpanel');
      await expect.poll(() => panel.textContent()).toContain(expected);
      expect(await panel.locator('[class^="hljs-"]').count()).toBeGreaterThan(0);
    }
    await expect.poll(() => section.locator('pre.code-block .copy-button').count()).toBeGreaterThan(2);

    const examples = await section.locator('.operation-samples pre.code-block[data-language="json"]').allTextContents();
    const events = examples.find((text) => text.includes('messageStart')) ?? '';
    expect(events).toContain('"role": "assistant"');
    expect(events).not.toContain('"role": "user"');
    expect(events).toContain('The capital of France is Paris.'.slice(4));
    expect(examples.join('\n')).not.toContain('property1');
    await section.locator('.code-samples').evaluate((samples) => samples.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'api-reference-code-samples');
    await section.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'api-reference-converse-stream');
  }, 60_000);

  it('carries its own icon, and no page asked any host but the gateway for anything', async () => {
    const page = await openPage('/docs/');
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    const response = await page.request.get(new URL(icon ?? '', page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
    expect((await page.request.get(`${url}/favicon.ico`)).status()).toBe(200);
    expect(outsideRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
