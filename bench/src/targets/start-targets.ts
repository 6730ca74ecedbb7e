import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { LoadGenerator } from '../load/load-generator.js';
import type { ProcessGroup } from '../processes/process-group.js';
import type { BenchTarget } from './bench-target.js';
import { startHeimdall, startHeimdallBedrock, startPortkey, startRawProxy } from './start-proxies.js';
import { benchmarkModel, converseStreamRequest, openAiChatStreamRequest } from './target-requests.js';

const require = createRequire(import.meta.url);

/** Sends one stream through a target and throws, with the reason, unless it completes. */
async function probe(target: BenchTarget, generator: LoadGenerator): Promise<void> {
  const result = await generator.run({
    request: target.request,
    concurrency: 1,
    maxRequests: 1,
    maxDurationMs: 10_000,
    recordTimings: false,
  });
  if (result.completed !== 1) {
    throw new Error(`A first stream through ${target.id} failed: ${result.failureReasons.join(' | ') || 'no reply'}`);
  }
}

/**
 * Why the Bedrock pass-through row cannot run with the code built here, or undefined when it can: it needs the
 * gateway's Bedrock adapter and the mock upstream's Bedrock wire format.
 */
function bedrockUnavailableReason(): string | undefined {
  const gatewayDist = dirname(require.resolve('@heimdall/gateway'));
  const mockDist = dirname(require.resolve('@heimdall/mock-upstream'));
  if (!existsSync(join(gatewayDist, 'providers', 'bedrock'))) {
    return 'the gateway has no Bedrock adapter yet (apps/gateway/src/providers/bedrock/)';
  }
  if (!existsSync(join(mockDist, 'wire', 'bedrock'))) {
    return 'the mock upstream has no Bedrock wire format yet (packages/mock-upstream/src/wire/bedrock/)';
  }
  return undefined;
}

/** `start` run once, with every later process of the target started the same way. */
async function startRepeatable(start: () => Promise<BenchTarget>): Promise<BenchTarget> {
  const startAnother = async (): Promise<BenchTarget> => ({ ...(await start()), startAnother });
  return startAnother();
}

/**
 * Starts every target in front of the mock and checks each with one stream. The Bedrock rows (the direct read of
 * the mock's Bedrock stream and Heimdall's pass-through) are optional: when they cannot run, they are left out and a
 * note says why; any other target failing fails the run.
 */
export async function startTargets({
  group,
  generator,
  mockUrl,
  progress,
}: {
  group: ProcessGroup;
  generator: LoadGenerator;
  mockUrl: string;
  progress: (line: string) => void;
}): Promise<{ targets: BenchTarget[]; notes: string[] }> {
  const notes: string[] = [];
  const targets: BenchTarget[] = [
    { id: 'direct', process: undefined, request: openAiChatStreamRequest({ url: `${mockUrl}/v1/chat/completions` }) },
    await startRepeatable(() => startRawProxy({ group, mockUrl })),
    await startRepeatable(() => startHeimdall({ group, mockUrl })),
  ];
  const unavailable = bedrockUnavailableReason();
  if (unavailable === undefined) {
    // The mock renders the same 64-chunk reply as Bedrock event-stream frames for any model id.
    const directBedrock: BenchTarget = {
      id: 'direct-bedrock',
      process: undefined,
      request: converseStreamRequest({ url: `${mockUrl}/model/${benchmarkModel}/converse-stream` }),
    };
    let bedrock: BenchTarget | undefined;
    try {
      await probe(directBedrock, generator);
      bedrock = await startRepeatable(() => startHeimdallBedrock({ group, mockUrl }));
      await probe(bedrock, generator);
      targets.splice(1, 0, directBedrock);
      targets.push(bedrock);
    } catch (error) {
      await bedrock?.process?.stop();
      const reason = error instanceof Error ? error.message : String(error);
      progress(`Leaving out the Bedrock rows: ${reason}`);
      notes.push(`The Bedrock rows are left out: they failed to start or to stream (${reason.split('\n')[0]}).`);
    }
  } else {
    notes.push(`The Bedrock rows are left out: ${unavailable}.`);
  }
  targets.push(await startRepeatable(() => startPortkey({ group, mockUrl })));
  for (const target of targets) {
    if (target.id !== 'heimdall-bedrock' && target.id !== 'direct-bedrock') await probe(target, generator);
  }
  return { targets, notes };
}
