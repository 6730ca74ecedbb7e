import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { GatewayEnv } from './gateway-context.js';

const require = createRequire(import.meta.url);

/** The spec exactly as published in @heimdall/spec. */
function readSpec(): string {
  return readFileSync(require.resolve('@heimdall/spec/openapi.yaml'), 'utf8');
}

/** The built docs site: the configured folder (`HEIMDALL_DOCS_DIR`), else the dist folder of @heimdall/docs. */
export function docsDirectory(configured?: string | undefined): string {
  return configured ?? join(dirname(require.resolve('@heimdall/docs/package.json')), 'dist');
}

/**
 * The contract and its documentation, served by the gateway itself: `/openapi.yaml` as written, `/openapi.json`
 * from it, and the docs site under `/docs`.
 */
export function registerDocumentationRoutes(app: OpenAPIHono<GatewayEnv>, directory = docsDirectory()): void {
  // Read and converted on first use: most gateways are never asked, and the parsed document is large.
  let yaml: string | undefined;
  let json: string | undefined;
  const specYaml = () => {
    yaml ??= readSpec();
    return yaml;
  };
  app.get('/openapi.yaml', (context) =>
    context.body(specYaml(), 200, { 'content-type': 'application/yaml; charset=utf-8' }),
  );
  app.get('/openapi.json', (context) => {
    json ??= JSON.stringify(require('yaml').parse(specYaml()));
    return context.body(json, 200, { 'content-type': 'application/json' });
  });
  app.get('/docs', (context) => context.redirect('/docs/', 301));
  // A person opening the gateway in a browser lands on its documentation; browsers ask for the icon at the root.
  app.get('/', (context) => context.redirect('/docs/', 302));
  app.get('/favicon.ico', (context) => context.redirect('/docs/assets/favicon.svg', 301));
  if (existsSync(directory)) {
    app.get('/docs/*', serveStatic({ root: directory, rewriteRequestPath: (path) => path.replace(/^\/docs/, '') }));
  }
  app.get('/docs/*', (context) =>
    context.text(
      existsSync(directory)
        ? `No such page in the docs: ${context.req.path}`
        : 'The docs site is not built: `pnpm start` and `pnpm build` build it (or set HEIMDALL_DOCS_DIR).',
      404,
    ),
  );
}
