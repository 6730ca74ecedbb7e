import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../..', import.meta.url));

function withoutTurboVariables(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('TURBO_')));
}

describe('the root start command', () => {
  it('builds the docs site before it starts the gateway, so a fresh clone serves /docs from `pnpm start` alone', async () => {
    const { scripts } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { scripts: Record<string, string> };
    const build = /^turbo run build (\S+(?: \S+)*?) &&/.exec(scripts.start ?? '')?.[1];
    expect(build, `the start script builds with turbo first: ${scripts.start}`).toBeDefined();
    // turbo's own plan of that build, without running it.
    const { stdout } = await run(
      process.execPath,
      [
        fileURLToPath(import.meta.resolve('turbo/bin/turbo')),
        'run',
        'build',
        ...(build ?? '').split(' '),
        '--dry=json',
      ],
      // Not the variables of a turbo run this test may itself be running under: the plan is a fresh clone's.
      { cwd: root, maxBuffer: 16 * 1024 * 1024, env: withoutTurboVariables() },
    );
    const tasks = (JSON.parse(stdout) as { tasks: { taskId: string }[] }).tasks.map((task) => task.taskId);
    expect(tasks).toContain('@heimdall/docs#build');
    expect(tasks).toContain('@heimdall/gateway#build');
  }, 60_000);
});
