import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockUpstream, type MockUpstream } from '@heimdall/mock-upstream';
import type { RequestLogSettings } from '../config/database-schema.js';
import { loadConfig } from '../config/load-config.js';
import { createGateway, type Gateway } from '../create-gateway.js';
import type { Database } from '../store/database.js';
import { upstreamKey } from './gateway-harness.js';

export interface StandaloneGateway {
  gateway: Gateway;
  url: string;
  /** Where `/metrics` is served when the environment gives it a port of its own. */
  metricsUrl?: string | undefined;
  mock: MockUpstream;
  /** Stops the mock upstream; the gateway is stopped by the test, through `gateway.stop`. */
  closeMock(): Promise<void>;
}

/**
 * A gateway started the way `main` starts it, with `createGateway().start()`, in front of a mock upstream as
 * provider `openai`: for tests of the server's own life cycle, such as a graceful stop, and of what `start` opens
 * besides the API port (the metrics port). `extraEnvironment` adds to the configuration.
 */
export async function startStandaloneGateway(
  extraEnvironment: Record<string, string> = {},
  options: { database?: Database; requestLog?: Partial<RequestLogSettings> } = {},
): Promise<StandaloneGateway> {
  const mock = await createMockUpstream({ apiKeys: { openai: upstreamKey } });
  const environment = {
    HOST: '127.0.0.1',
    PORT: '0',
    OPENAI_BASE_URL: mock.openaiBaseUrl,
    OPENAI_API_KEY: upstreamKey,
    ...extraEnvironment,
  };
  const config = loadConfig(environment, mkdtempSync(join(tmpdir(), 'heimdall-standalone-')));
  config.requestLog = { ...config.requestLog, ...options.requestLog };
  const gateway = createGateway({ config, ...(options.database ? { database: options.database } : {}) });
  const { url, metricsUrl } = await gateway.start();
  return { gateway, url, metricsUrl, mock, closeMock: () => mock.close() };
}
