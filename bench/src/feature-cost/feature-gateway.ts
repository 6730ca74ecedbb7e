import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { findFreePort, waitForPort } from '../processes/network.js';
import type { ProcessGroup } from '../processes/process-group.js';
import { gatewayLogLevel } from '../targets/start-proxies.js';
import { benchmarkModel } from '../targets/target-requests.js';

const require = createRequire(import.meta.url);
const gatewayCli = join(dirname(require.resolve('@heimdall/gateway')), 'main.js');

/**
 * A built gateway in a process of its own, in front of the mock upstream's OpenAI side, with the settings a
 * feature-cost benchmark compares (a config file, a database, Redis…). Resolves to its base URL once it listens.
 */
export async function startFeatureGateway({
  group,
  name,
  mockUrl,
  environment = {},
}: {
  group: ProcessGroup;
  name: string;
  mockUrl: string;
  environment?: Record<string, string>;
}): Promise<string> {
  const port = await findFreePort();
  const gateway = group.start({
    name,
    script: gatewayCli,
    environment: {
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: gatewayLogLevel,
      HEIMDALL_SHUTDOWN_GRACE_MS: '1000',
      OPENAI_BASE_URL: `${mockUrl}/v1`,
      OPENAI_API_KEY: 'bench-upstream-key',
      ...environment,
    },
  });
  await waitForPort({ port, owner: gateway });
  return `http://127.0.0.1:${port}`;
}

/** The model every feature-cost run asks for: the mock's, through the `openai` provider. */
export const featureBenchModel = `openai/${benchmarkModel}`;
