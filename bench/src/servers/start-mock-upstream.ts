import type { TimingName } from '../plan/benchmark-plan.js';
import { compiledScript } from '../processes/compiled-script.js';
import { waitForMessage } from '../processes/network.js';
import type { ProcessGroup } from '../processes/process-group.js';
import { isServerReadyMessage, isUseTimingMessage, type UseTimingMessage } from './server-messages.js';

/** The mock upstream process, seen from the benchmark. */
export interface MockUpstreamProcess {
  readonly url: string;
  readonly pid: number;
  /** Every process serving the upstream (a primary and its workers), for the CPU it spends. */
  readonly processIds: readonly number[];
  /** How many chunks (paced writes) every reply is written in, the unit of the CPU-per-chunk figures. */
  readonly chunksPerStream: number;
  /** Answers every later request at this pace; resolves once the mock confirmed. */
  useTiming(timing: TimingName): Promise<void>;
}

/** Starts the benchmark's upstream (recorded replies, replayed) in its own process and waits until it listens. */
export async function startMockUpstream(group: ProcessGroup): Promise<MockUpstreamProcess> {
  const mock = group.start({
    name: 'mock-upstream',
    script: compiledScript('servers/mock-upstream-process.js'),
    ipc: true,
  });
  const ready = await waitForMessage({
    owner: mock,
    accept: (message) => (isServerReadyMessage(message) ? message : undefined),
  });
  const { chunksPerStream } = ready;
  if (chunksPerStream === undefined || !(chunksPerStream > 0)) {
    throw new Error(`The mock upstream did not say how many chunks a reply has (${chunksPerStream})`);
  }
  return {
    url: ready.url,
    pid: mock.pid,
    chunksPerStream,
    processIds: ready.processIds ?? [mock.pid],
    async useTiming(timing) {
      const confirmed = waitForMessage({
        owner: mock,
        timeoutMs: 5_000,
        accept: (message) => (isUseTimingMessage(message) && message.timing === timing ? true : undefined),
      });
      mock.send({ type: 'use-timing', timing } satisfies UseTimingMessage);
      await confirmed;
    },
  };
}
