import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** How a process ended. */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A child Node process started by the benchmark, its output captured in a log file. */
export interface ManagedProcess {
  readonly name: string;
  readonly pid: number;
  /** Settles when the process has ended, for whatever reason. */
  readonly exited: Promise<ProcessExit>;
  /** Set once the process has ended. */
  exitStatus(): ProcessExit | undefined;
  /** Whether `stop()` was asked for: an end before that is a failure of the benchmark. */
  isStopping(): boolean;
  /** Sends one JSON message over the IPC channel; only processes started with `ipc` have one. */
  send(message: unknown): void;
  /** Calls `listener` with each JSON message the process sends; returns a function that stops listening. */
  onMessage(listener: (message: unknown) => void): () => void;
  /** The end of the process's output, to explain a failure. */
  logTail(): string;
  /** SIGTERM, then SIGKILL if it has not ended within `graceMs`. */
  stop(options?: { graceMs?: number }): Promise<void>;
  /** SIGKILL at once, for an exit that cannot wait. */
  kill(): void;
}

export interface StartNodeProcessOptions {
  name: string;
  /** The JavaScript file to run. */
  script: string;
  args?: readonly string[];
  /** Flags for Node itself (`--cpu-prof`, …). */
  nodeOptions?: readonly string[];
  /** Added to a minimal environment, so the caller's own keys and settings never leak into a target. */
  environment?: Record<string, string>;
  /** Opens a JSON IPC channel (for the benchmark's own scripts). */
  ipc?: boolean;
  logDirectory: string;
}

const inheritedVariables = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ'];

function minimalEnvironment(extra: Record<string, string>): Record<string, string> {
  const environment: Record<string, string> = { NODE_ENV: 'production' };
  for (const name of inheritedVariables) {
    const value = process.env[name];
    if (value !== undefined) environment[name] = value;
  }
  return { ...environment, ...extra };
}

/**
 * Starts `node [nodeOptions] script [args]` with stdout and stderr written to `<logDirectory>/<name>.log`. Writing
 * to a file rather than a pipe means a chatty process never blocks on a reader that is busy measuring.
 */
export function startNodeProcess(options: StartNodeProcessOptions): ManagedProcess {
  const logPath = join(options.logDirectory, `${options.name}.log`);
  const logFile = openSync(logPath, 'a');
  let child: ChildProcess;
  try {
    child = spawn(process.execPath, [...(options.nodeOptions ?? []), options.script, ...(options.args ?? [])], {
      env: minimalEnvironment(options.environment ?? {}),
      stdio: options.ipc ? ['ignore', logFile, logFile, 'ipc'] : ['ignore', logFile, logFile],
    });
  } finally {
    closeSync(logFile);
  }
  const { pid } = child;
  if (pid === undefined) throw new Error(`Cannot start ${options.name} (${options.script})`);

  let exitStatus: ProcessExit | undefined;
  let stopping = false;
  const exited = new Promise<ProcessExit>((resolve) => {
    child.once('exit', (code, signal) => {
      exitStatus = { code, signal };
      resolve(exitStatus);
    });
  });

  return {
    name: options.name,
    pid,
    exited,
    exitStatus: () => exitStatus,
    isStopping: () => stopping,
    send(message) {
      if (!child.connected) throw new Error(`${options.name} has no open IPC channel`);
      child.send(message as object);
    },
    onMessage(listener) {
      child.on('message', listener);
      return () => child.off('message', listener);
    },
    logTail() {
      try {
        return readFileSync(logPath, 'utf8').slice(-2_000);
      } catch (error) {
        return `(no log: ${error instanceof Error ? error.message : String(error)})`;
      }
    },
    async stop({ graceMs = 5_000 } = {}) {
      stopping = true;
      if (exitStatus) return;
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), graceMs);
      });
      const outcome = await Promise.race([exited, timedOut]);
      clearTimeout(timer);
      if (outcome === 'timeout') {
        child.kill('SIGKILL');
        await exited;
      }
    },
    kill() {
      stopping = true;
      if (!exitStatus) child.kill('SIGKILL');
    },
  };
}
