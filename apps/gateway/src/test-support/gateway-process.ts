import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** The built entry point, as `pnpm start` runs it: these tests need `pnpm build` first, as every test run does. */
const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface GatewayProcess {
  url: string;
  process: ChildProcess;
  /** Every JSON line it wrote to stdout, parsed. */
  lines: Record<string, unknown>[];
  /** Its exit code, once it has exited. */
  exited: Promise<number | null>;
  /** SIGKILL, as a crash or an OOM kill would end it: nothing is settled or closed. */
  kill(): Promise<void>;
}

/**
 * Starts `node dist/main.js` as its own process with `environment` (and only that), in `directory` (the gateway's
 * package, or a deployed copy of it), and waits for its address.
 */
export async function startGatewayProcess(
  environment: Record<string, string>,
  { directory = packageRoot }: { directory?: string } = {},
): Promise<GatewayProcess> {
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: directory,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      // A database of its own unless the test names one: gateways started together must not migrate one file at once.
      HEIMDALL_DATABASE_URL: `sqlite:${join(mkdtempSync(join(tmpdir(), 'heimdall-gateway-process-')), 'heimdall.db')}`,
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { stdout, stderr: errors } = child;
  if (!stdout || !errors) throw new Error('The gateway process was started without pipes');
  // A test run that ends without its cleanup (a failed hook, a worker torn down) must not leave the gateway running.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      process.removeListener('exit', killOnExit);
      resolve(code);
    }),
  );
  let stderr = '';
  errors.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const lines: Record<string, unknown>[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The gateway process did not start in 30 s.\n${stderr}`)), 30_000);
    void exited.then((code) => reject(new Error(`The gateway process exited with ${code} at start.\n${stderr}`)));
    createInterface({ input: stdout }).on('line', (line) => {
      const record = JSON.parse(line) as Record<string, unknown>;
      lines.push(record);
      if (typeof record.url === 'string') {
        clearTimeout(timer);
        resolve(record.url);
      }
    });
  });
  return {
    url,
    process: child,
    lines,
    exited,
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}
