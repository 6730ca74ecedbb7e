import { type ManagedProcess, type StartNodeProcessOptions, startNodeProcess } from './managed-process.js';

/** Every process a benchmark started, stopped together whatever happens. */
export interface ProcessGroup {
  /** The run's own folder: the processes' logs, and any files of their own (a gateway's database). */
  readonly directory: string;
  start(options: Omit<StartNodeProcessOptions, 'logDirectory'>): ManagedProcess;
  /** Throws, with the end of its log, if any process has ended without being asked to. */
  assertAllRunning(): void;
  /** Stops every process, the most recently started first (clients before the servers they use). */
  stopAll(): Promise<void>;
  /** SIGKILLs whatever still runs; for a process exit that cannot wait. */
  killAll(): void;
}

/** Describes an unexpected end of `managed`, with its last output. */
export function describeUnexpectedExit(managed: ManagedProcess): string {
  const status = managed.exitStatus();
  const how = status?.signal ? `signal ${status.signal}` : `code ${status?.code}`;
  return `${managed.name} (pid ${managed.pid}) ended unexpectedly (${how}). Its last output:\n${managed.logTail()}`;
}

export function createProcessGroup({ logDirectory }: { logDirectory: string }): ProcessGroup {
  const processes: ManagedProcess[] = [];
  return {
    directory: logDirectory,
    start(options) {
      const managed = startNodeProcess({ ...options, logDirectory });
      processes.push(managed);
      return managed;
    },
    assertAllRunning() {
      const ended = processes.find((managed) => managed.exitStatus() !== undefined && !managed.isStopping());
      if (ended) throw new Error(describeUnexpectedExit(ended));
    },
    async stopAll() {
      for (const managed of [...processes].reverse()) await managed.stop();
    },
    killAll() {
      for (const managed of processes) managed.kill();
    },
  };
}
