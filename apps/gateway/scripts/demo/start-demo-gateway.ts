import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEchoScript, createMockUpstream, type MockUpstream } from '@heimdall/mock-upstream';
import { createGateway, createLogger, type GatewayConfig, loadConfig } from '../../src/index.js';
import { type Database, openDatabase } from '../../src/store/database.js';
import { demoConfigFile, passedThroughEnvironment } from './demo-setup.js';
import type { DemoSettings } from './read-demo-settings.js';

/** A running demo: the gateway and the mock upstream behind it. */
export interface DemoGateway {
  url: string;
  mock: MockUpstream;
  config: GatewayConfig;
  /** Stops the gateway (streams get `graceMs` to finish), then the mock. */
  stop(options?: { graceMs?: number }): Promise<void>;
}

/**
 * Starts the mock upstream and a gateway in front of it, configured by {@link demoConfigFile} plus the gateway
 * variables of `environment` (`HEIMDALL_API_KEYS`, `PORT`, …). Where it listens defaults to `127.0.0.1:8080`.
 * When `environment` names a database (`HEIMDALL_DATABASE_URL`), it is opened as `pnpm start` opens it, so that the
 * management API and the request log work; otherwise the demo stores nothing.
 */
export async function startDemoGateway({
  environment,
  settings,
}: {
  environment: NodeJS.ProcessEnv;
  settings: DemoSettings;
}): Promise<DemoGateway> {
  const mock = await createMockUpstream({
    port: settings.mockPort,
    defaultScript: createEchoScript({ betweenChunksDelayMs: settings.mockDelayMs }),
  });
  const directory = mkdtempSync(join(tmpdir(), 'heimdall-demo-'));
  let database: Database | undefined;
  try {
    const configFile = join(directory, 'heimdall.config.json');
    writeFileSync(configFile, JSON.stringify(demoConfigFile(mock)));
    const config = loadConfig(
      { HOST: '127.0.0.1', PORT: '8080', ...passedThroughEnvironment(environment), HEIMDALL_CONFIG: configFile },
      directory,
    );
    const logger = createLogger({ LOG_LEVEL: environment.LOG_LEVEL ?? 'warn' });
    if (environment.HEIMDALL_DATABASE_URL) database = await openDatabase({ location: config.database.url });
    const gateway = createGateway({ config, logger, ...(database && { database }) });
    const { url } = await gateway.start();
    return {
      url,
      mock,
      config,
      async stop({ graceMs = 1_000 } = {}) {
        await gateway.stop({ graceMs });
        await database?.close();
        await mock.close();
      },
    };
  } catch (error) {
    await database?.close();
    await mock.close();
    throw error;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
