import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** Where the screenshot goes: `HEIMDALL_SCREENSHOTS_DIR` (to refresh the committed one), else a temporary folder. */
const screenshotsDirectory = process.env.HEIMDALL_SCREENSHOTS_DIR ?? mkdtempSync(join(tmpdir(), 'heimdall-docs-'));

const operationSummary = 'Stream converse with model (PydanticAI - Bedrock format)';

let gateway: Gateway;
let url: string;
let browser: Browser;

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
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop({ graceMs: 0 });
  });

  it('leads from the index to the API reference, which renders the ConverseStream operation and its request', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const outsideResources: string[] = [];
    page.on('request', (request) => {
      const external = !request.url().startsWith(url) && /^https?:/.test(request.url());
      if (external && ['script', 'stylesheet', 'font', 'fetch', 'xhr'].includes(request.resourceType())) {
        outsideResources.push(`${request.resourceType()} ${request.url()}`);
      }
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(`${url}/docs`);
    await expect.poll(() => page.title()).toBe('Documentation · Heimdall');
    await page.getByRole('link', { name: 'The event stream' }).first().click();
    await page.getByRole('heading', { name: 'Event order' }).waitFor();

    await page.getByRole('link', { name: 'API reference' }).first().click();
    await page.getByText('/pydanticai/bedrock/model/{modelId}/converse-stream', { exact: true }).first().click();
    const heading = page.getByRole('heading', { name: operationSummary });
    await heading.waitFor({ state: 'visible' });
    for (const field of ['messages', 'inferenceConfig', 'toolConfig']) {
      await expect.poll(() => page.getByText(field, { exact: true }).first().isVisible()).toBe(true);
    }
    expect(page.url()).toContain('/docs/api/index.html#');

    // The navigation settles after the operation shows; the screenshot waits for its entry.
    await page
      .getByRole('menuitem')
      .first()
      .waitFor({ state: 'visible' })
      .catch(() => undefined);
    await page.waitForTimeout(300);
    mkdirSync(screenshotsDirectory, { recursive: true });
    const screenshot = join(screenshotsDirectory, 'api-reference-converse-stream.png');
    await page.screenshot({ path: screenshot });
    console.log(`Screenshot of the ConverseStream operation: ${screenshot}`);
    expect(outsideResources).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
