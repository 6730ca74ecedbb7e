import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { compiledScript } from '../processes/compiled-script.js';
import type { ManagedProcess } from '../processes/managed-process.js';
import { findFreePort, waitForMessage, waitForPort } from '../processes/network.js';
import type { ProcessGroup } from '../processes/process-group.js';
import { isServerReadyMessage } from '../servers/server-messages.js';
import type { BenchTarget } from './bench-target.js';
import {
  benchmarkModel,
  converseStreamRequest,
  gatewayConverseStreamUrl,
  openAiChatStreamRequest,
} from './target-requests.js';

const require = createRequire(import.meta.url);

/** Waits for a process to be ready; if it never is, stops it, so its end is not taken for a crash later. */
async function readyOrStopped<T>(managed: ManagedProcess, ready: Promise<T>): Promise<T> {
  try {
    return await ready;
  } catch (error) {
    await managed.stop();
    throw error;
  }
}

/** The level Heimdall logs at while measured: per-request lines are off, so logging cost is not what is measured. */
export const gatewayLogLevel = 'warn';

/**
 * A database of its own for each Heimdall process, fresh, as each process of a one-process deployment has its
 * embedded store: processes sharing one SQLite file would wait on each other's writes, and a file kept from earlier
 * runs would carry their rows into this one's figures.
 */
function freshDatabaseUrl(group: ProcessGroup, name: string, port: number): string {
  return `sqlite:${join(group.directory, `${name}-${port}.db`)}`;
}

/** The gateway's command-line entry, next to the package's compiled entry. */
function gatewayCli(): string {
  return join(dirname(require.resolve('@heimdall/gateway')), 'main.js');
}

export async function startRawProxy({
  group,
  mockUrl,
  nodeOptions = [],
}: {
  group: ProcessGroup;
  mockUrl: string;
  nodeOptions?: readonly string[];
}): Promise<BenchTarget> {
  const proxy = group.start({
    name: 'raw-proxy',
    script: compiledScript('servers/raw-proxy-process.js'),
    nodeOptions,
    environment: { RAW_PROXY_UPSTREAM_URL: mockUrl },
    ipc: true,
  });
  const ready = await readyOrStopped(
    proxy,
    waitForMessage({ owner: proxy, accept: (message) => (isServerReadyMessage(message) ? message : undefined) }),
  );
  return {
    id: 'raw-proxy',
    process: proxy,
    request: openAiChatStreamRequest({ url: `${ready.url}/v1/chat/completions` }),
  };
}

/**
 * Heimdall from its command line, configured by environment alone like a deployment: the OpenAI-compatible
 * provider `openai` points at the mock.
 */
export async function startHeimdall({
  group,
  mockUrl,
  nodeOptions = [],
}: {
  group: ProcessGroup;
  mockUrl: string;
  nodeOptions?: readonly string[];
}): Promise<BenchTarget> {
  const port = await findFreePort();
  const gateway = group.start({
    name: 'heimdall',
    script: gatewayCli(),
    nodeOptions,
    environment: {
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: gatewayLogLevel,
      HEIMDALL_SHUTDOWN_GRACE_MS: '1000',
      HEIMDALL_DATABASE_URL: freshDatabaseUrl(group, 'heimdall', port),
      OPENAI_BASE_URL: `${mockUrl}/v1`,
      OPENAI_API_KEY: 'bench-upstream-key',
    },
  });
  await readyOrStopped(gateway, waitForPort({ port, owner: gateway }));
  const gatewayUrl = `http://127.0.0.1:${port}`;
  return {
    id: 'heimdall',
    process: gateway,
    request: converseStreamRequest({
      url: gatewayConverseStreamUrl({ gatewayUrl, modelId: `openai/${benchmarkModel}` }),
    }),
  };
}

/**
 * Heimdall with only a Bedrock provider, pointed at the mock's Bedrock wire format: the pass-through path, where
 * the upstream's frames need no translation. Signs with static keys, as a deployment with IAM keys would.
 */
export async function startHeimdallBedrock({
  group,
  mockUrl,
  nodeOptions = [],
}: {
  group: ProcessGroup;
  mockUrl: string;
  nodeOptions?: readonly string[];
}): Promise<BenchTarget> {
  const port = await findFreePort();
  const gateway = group.start({
    name: 'heimdall-bedrock',
    script: gatewayCli(),
    nodeOptions,
    environment: {
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: gatewayLogLevel,
      HEIMDALL_SHUTDOWN_GRACE_MS: '1000',
      HEIMDALL_DATABASE_URL: freshDatabaseUrl(group, 'heimdall-bedrock', port),
      BEDROCK_BASE_URL: mockUrl,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'AKIDBENCHMARK0000000',
      AWS_SECRET_ACCESS_KEY: 'bench-secret-access-key',
    },
  });
  await readyOrStopped(gateway, waitForPort({ port, owner: gateway }));
  const gatewayUrl = `http://127.0.0.1:${port}`;
  return {
    id: 'heimdall-bedrock',
    process: gateway,
    request: converseStreamRequest({
      url: gatewayConverseStreamUrl({ gatewayUrl, modelId: `bedrock/${benchmarkModel}` }),
    }),
  };
}

/**
 * Portkey's open-source gateway from its own start script, headless; its OpenAI provider is pointed at the mock
 * per request with `x-portkey-custom-host`, as Portkey documents for self-hosted OpenAI-compatible servers.
 * @see https://portkey.ai/docs/product/ai-gateway/universal-api
 */
export async function startPortkey({ group, mockUrl }: { group: ProcessGroup; mockUrl: string }): Promise<BenchTarget> {
  const port = await findFreePort();
  const portkey = group.start({
    name: 'portkey',
    script: require.resolve('@portkey-ai/gateway/build/start-server.js'),
    args: ['--headless', `--port=${port}`],
  });
  await readyOrStopped(portkey, waitForPort({ port, owner: portkey }));
  return {
    id: 'portkey',
    process: portkey,
    request: openAiChatStreamRequest({
      url: `http://127.0.0.1:${port}/v1/chat/completions`,
      headers: {
        'x-portkey-provider': 'openai',
        'x-portkey-custom-host': `${mockUrl}/v1`,
        authorization: 'Bearer bench-upstream-key',
      },
    }),
  };
}
