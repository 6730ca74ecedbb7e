import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const started: ChildProcess[] = [];

function startCli(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts'], {
    cwd: packageRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout?.on('data', (data: Buffer) => {
    output += data.toString();
  });
  child.stderr?.on('data', (data: Buffer) => {
    output += data.toString();
  });
  return { child, output: () => output };
}

async function waitForOutput(
  { child, output }: { child: ChildProcess; output: () => string },
  pattern: RegExp,
): Promise<RegExpMatchArray> {
  for (;;) {
    const match = output().match(pattern);
    if (match) return match;
    if (child.exitCode !== null) throw new Error(`The command exited early:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

// Each test starts a fresh Node process that compiles the command with tsx: seconds, not milliseconds, on a busy
// two-core machine running every package's tests at once.
describe('heimdall-mock-upstream command', { timeout: 30_000 }, () => {
  it('prints its URLs, echoes the user word by word, and stops cleanly on SIGTERM', async () => {
    const cli = startCli({ MOCK_UPSTREAM_PORT: '0', MOCK_UPSTREAM_DELAY_MS: '1' });
    const { child, output } = cli;
    const [, url] = await waitForOutput(cli, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
    expect(output()).toContain(`OpenAI:    ${url}/v1`);

    const client = new OpenAI({ baseURL: `${url}/v1`, apiKey: 'unused', maxRetries: 0 });
    const stream = await client.chat.completions.create({
      model: 'demo',
      messages: [{ role: 'user', content: 'tokens arrive one by one' }],
      stream: true,
    });
    const words: string[] = [];
    for await (const chunk of stream) {
      const content = chunk.choices[0]?.delta.content;
      if (content) words.push(content);
    }
    expect(words).toEqual(['You', ' said:', ' tokens', ' arrive', ' one', ' by', ' one']);

    child.kill('SIGTERM');
    const [exitCode] = await once(child, 'exit');
    expect(exitCode).toBe(0);
    expect(output()).toContain('Mock upstream stopped (SIGTERM).');
  });

  it('exits with an error naming a bad setting instead of starting', async () => {
    const { child, output } = startCli({ MOCK_UPSTREAM_PORT: 'not-a-port' });
    const [exitCode] = await once(child, 'exit');

    expect(exitCode).toBe(1);
    expect(output()).toContain('MOCK_UPSTREAM_PORT must be a whole number');
  });
});
