import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real entry point, as `pnpm start` does but from source, and waits (bounded) for it to exit. */
async function runMain(environment: Record<string, string>): Promise<Exit> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: packageRoot,
    // Only what a container would set: no NODE_ENV=test, no credentials of the machine running the tests.
    env: { PATH: process.env.PATH, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (data: Buffer) => {
    stdout += data.toString();
  });
  child.stderr.on('data', (data: Buffer) => {
    stderr += data.toString();
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  clearTimeout(timer);
  return { code, stdout, stderr };
}

// A fresh Node process compiles the entry point with tsx: seconds, not milliseconds, on a busy machine.
describe('starting the gateway with a bad configuration', { timeout: 30_000 }, () => {
  it('exits non-zero with one readable line per problem on stderr, and no stack trace or secret', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'heimdall-main-'));
    const file = join(directory, 'heimdall.config.yaml');
    writeFileSync(
      file,
      [
        'defaultProvider: bedrok',
        'gatewayKeys:',
        '  - { id: team-a, secret: ENV.TEAM_A_SECRET }',
        'providers:',
        '  groq: { type: openai, apiKey: sk-groq-file-secret, baseUrl: https://api.groq.com/openai/v1 }',
      ].join('\n'),
    );
    const exit = await runMain({
      HEIMDALL_CONFIG: file,
      TEAM_A_SECRET: 'team-a-secret-value',
      OPENAI_API_KEY: 'sk-openai-env-secret',
      OPENAI_BASE_URL: 'not-a-url',
      HEIMDALL_MAX_RETRIES: '100',
      LOG_LEVEL: 'bogus',
      PORT: '99999',
      HEIMDALL_TLS_CERT_FILE: join(directory, 'missing-cert.pem'),
      HEIMDALL_TLS_KEY_FILE: join(directory, 'missing-key.pem'),
    });

    expect(exit.code).toBe(1);
    expect(exit.stdout).toBe('');
    expect(exit.stderr.trimEnd().split('\n')).toEqual([
      'Heimdall cannot start: its configuration has 8 problems.',
      `  - ${file}, gatewayKeys[0].secret: looks like a reference to the environment variable TEAM_A_SECRET, but would be taken literally: write env.TEAM_A_SECRET to read it from the environment`,
      '  - PORT: must be a port number from 1 to 65535 (or 0 for any free port)',
      `  - HEIMDALL_TLS_CERT_FILE: cannot read ${join(directory, 'missing-cert.pem')}: no such file`,
      `  - HEIMDALL_TLS_KEY_FILE: cannot read ${join(directory, 'missing-key.pem')}: no such file`,
      '  - LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent',
      '  - HEIMDALL_MAX_RETRIES: must be at most 10',
      '  - OPENAI_BASE_URL: must be an http:// or https:// URL, e.g. https://api.example.com/v1',
      `  - ${file}, defaultProvider: names the provider "bedrok", which is not configured (configured: openai, groq)`,
    ]);
    expect(exit.stderr).not.toMatch(/team-a-secret-value|sk-groq-file-secret|sk-openai-env-secret|\bat \S+:\d+:\d+/);
  });

  it('exits non-zero naming a database it cannot reach, without its password', async () => {
    const exit = await runMain({
      HEIMDALL_DATABASE_URL: 'postgres://heimdall:db-password-654@127.0.0.1:1/heimdall',
      OPENAI_API_KEY: 'sk-openai-env-secret',
      PORT: '0',
    });
    expect(exit.code).toBe(1);
    expect(exit.stderr.trimEnd().split('\n')).toEqual([
      'Heimdall cannot start: The database (PostgreSQL heimdall@127.0.0.1:1/heimdall) could not be opened: connect ECONNREFUSED 127.0.0.1:1',
    ]);
    expect(exit.stdout + exit.stderr).not.toContain('db-password-654');
  });
});
