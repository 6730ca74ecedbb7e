import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { registerDocumentationRoutes } from '../app/documentation-routes.js';
import type { GatewayEnv } from '../app/gateway-context.js';
import { loadConfig } from '../config/load-config.js';
import { createGateway } from '../create-gateway.js';

function appWithDocs(directory: string) {
  const app = new OpenAPIHono<GatewayEnv>();
  registerDocumentationRoutes(app, directory);
  return app;
}

describe('the gateway serves its contract and its docs', () => {
  const site = mkdtempSync(join(tmpdir(), 'heimdall-docs-'));
  writeFileSync(join(site, 'index.html'), '<h1>Heimdall docs</h1>');
  const app = appWithDocs(site);

  it('serves the spec as YAML and as JSON, the same document', async () => {
    const yaml = await app.request('/openapi.yaml');
    expect(yaml.headers.get('content-type')).toMatch(/^application\/yaml/);
    const fromYaml = parse(await yaml.text());
    const json = await (await app.request('/openapi.json')).json();
    expect(json).toEqual(fromYaml);
    expect(json.paths['/pydanticai/bedrock/model/{modelId}/converse-stream'].post.operationId).toBe(
      'pydanticaiBedrockConverseStream',
    );
  });

  it('serves the docs site under /docs', async () => {
    expect((await app.request('/docs')).headers.get('location')).toBe('/docs/');
    const page = await app.request('/docs/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Heimdall docs');
  });

  it('serves the folder HEIMDALL_DOCS_DIR names', async () => {
    const gateway = createGateway({ config: loadConfig({ HEIMDALL_DOCS_DIR: site }, join(site, 'no-config-here')) });
    const page = await gateway.app.request('/docs/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Heimdall docs');
  });

  it('sends a browser that opens the gateway itself to the docs, and its icon request to the site icon', async () => {
    const root = await app.request('/');
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/docs/');
    expect((await app.request('/favicon.ico')).headers.get('location')).toBe('/docs/assets/favicon.svg');
  });

  it('never serves files outside the site', async () => {
    const outside = await app.request('/docs/..%2F..%2F..%2Fetc%2Fpasswd');
    expect(outside.status).toBe(404);
    expect(await outside.text()).not.toContain('root:');
  });

  it('says how to build the site when it is missing', async () => {
    const bare = appWithDocs(join(site, 'missing'));
    const page = await bare.request('/docs/');
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('pnpm build');
  });
});
