import type { TimingName } from '../plan/benchmark-plan.js';
import { compiledScript } from '../processes/compiled-script.js';
import { waitForMessage } from '../processes/network.js';
import type { ProcessGroup } from '../processes/process-group.js';
import { isServerReadyMessage, isUseTimingMessage, type UseTimingMessage } from './server-messages.js';

/** The mock upstream process, seen from the benchmark. */
export interface MockUpstreamProcess {
  readonly url: string;
  readonly pid: number;
  /** Answers every later request at this pace; resolves once the mock confirmed. */
  useTiming(timing: TimingName): Promise<void>;
}

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
  return {
    url: ready.url,
    pid: mock.pid,
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
