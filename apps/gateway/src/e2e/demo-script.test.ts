import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createHeimdallClient } from '@heimdall/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDemoSettings } from '../../scripts/demo/read-demo-settings.js';
import { shellEnvironment } from '../test-support/shell-environment.js';

const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** A port that was free a moment ago, for the mock upstream the demo is told to use. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('No port');
  return address.port;
}

/**
 * The PATH of a user's shell: this test runs under pnpm, whose PATH starts with node_modules/.bin, where `node` is a
 * shell-script shim. A user's `pnpm` starts on their own Node.js, so those entries go.
 */
function userPath(): string {
  return (process.env.PATH ?? '')
    .split(':')
    .filter((entry) => !entry.includes('node_modules'))
    .join(':');
}

interface RunningDemo {
  child: ChildProcess;
  output: () => string;
  gatewayUrl: string;
  mockUrl: string;
}

/**
 * Starts the demo as a user does, through pnpm (so pnpm's handling of Ctrl-C is part of what is tested), in a
 * process group of its own, like a terminal's foreground job. Resolves once the demo says how to try it.
 */
async function startDemo(environment: Record<string, string>): Promise<RunningDemo> {
  const child = spawn('pnpm', ['--filter', '@heimdall/gateway', 'demo'], {
    cwd: repositoryRoot,
    detached: true,
    env: { ...shellEnvironment(), PATH: userPath(), ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit');
  await new Promise<void>((resolve, reject) => {
    const check = () => (output.includes('Try it yourself') ? resolve() : undefined);
    child.stdout?.on('data', check);
    void exited.then(() => reject(new Error(`The demo exited before it was ready:\n${output}`)));
  });
  const gatewayUrl = /Heimdall is listening on (http:\/\/\S+),/.exec(output)?.[1];
  const mockUrl = /in front of a mock upstream \((http:\/\/[^)]+)\)/.exec(output)?.[1];
  if (!gatewayUrl || !mockUrl) throw new Error(`The demo did not say where it listens:\n${output}`);
  return { child, output: () => output, gatewayUrl, mockUrl };
}

/** Sends SIGINT to the whole group, as Ctrl-C in a terminal does, and resolves with how the job ended. */
async function pressControlC(child: ChildProcess): Promise<{ code: number | null; signal: string | null }> {
  if (child.pid === undefined) throw new Error('The demo has no process id');
  const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
  process.kill(-child.pid, 'SIGINT');
  const [code, signal] = await exited;
  return { code, signal };
}

const models = [
  'openai/gpt-4o',
  'anthropic/claude-sonnet-4-5',
  'gemini/gemini-2.5-flash',
  'groq/llama-3.3-70b-versatile',
  'ollama/llama3.2',
  'eu.anthropic.claude-sonnet-4-5-20250929-v1:0',
  'chat-default',
  'anthropic.claude-sonnet-4-5',
];

describe('pnpm demo', () => {
  let demo: RunningDemo;
  let mockPort: number;
  beforeAll(async () => {
    mockPort = await freePort();
    demo = await startDemo({
      PORT: '0',
      HEIMDALL_API_KEYS: 'team-a:secret-a',
      MOCK_UPSTREAM_PORT: String(mockPort),
      MOCK_UPSTREAM_DELAY_MS: '0',
      LOG_LEVEL: 'silent',
    });
  }, 90_000);
  afterAll(() => {
    if (demo?.child.exitCode === null && demo.child.pid !== undefined) process.kill(-demo.child.pid, 'SIGKILL');
  });

  it('puts the mock upstream on the port MOCK_UPSTREAM_PORT names', () => {
    expect(demo.mockUrl).toBe(`http://127.0.0.1:${mockPort}`);
  });

  it('requires the keys of HEIMDALL_API_KEYS, and streamed its own first answer with one', async () => {
    expect(demo.output()).toContain('You said: Heimdall guards the bridge');
    const anonymous = createHeimdallClient({ baseUrl: demo.gatewayUrl });
    await expect(
      anonymous.converse('openai/gpt-4o', { messages: [{ role: 'user', content: [{ text: 'Hi' }] }] }),
    ).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });

  it.each(models)('serves %s, a model the README names', async (model) => {
    const client = createHeimdallClient({ baseUrl: demo.gatewayUrl, apiKey: 'secret-a' });
    const reply = await client.converse(model, { messages: [{ role: 'user', content: [{ text: 'Hi there' }] }] });
    expect(reply.output).toEqual({
      message: { role: 'assistant', content: [{ text: 'You said: Hi there' }] },
    });
  });

  it('stops on Ctrl-C with status 0 and without pnpm reporting a failure', async () => {
    const ended = await pressControlC(demo.child);
    expect(ended).toEqual({ code: 0, signal: null });
    expect(demo.output()).not.toMatch(/ERR_PNPM|ELIFECYCLE|SIGINT/);
  }, 30_000);
});

describe("the demo's settings", () => {
  it('refuse a mock port or delay that is not a whole number in range, naming the variable', () => {
    expect(readDemoSettings({})).toEqual({ mockPort: 0, mockDelayMs: 60 });
    expect(readDemoSettings({ MOCK_UPSTREAM_PORT: '8787', MOCK_UPSTREAM_DELAY_MS: '0' })).toEqual({
      mockPort: 8787,
      mockDelayMs: 0,
    });
    expect(() => readDemoSettings({ MOCK_UPSTREAM_PORT: '80a' })).toThrow(
      'MOCK_UPSTREAM_PORT must be a whole number from 0 to 65535, got "80a"',
    );
    expect(() => readDemoSettings({ MOCK_UPSTREAM_DELAY_MS: '-1' })).toThrow(/^MOCK_UPSTREAM_DELAY_MS must be/);
  });
});
