import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLoadGenerator } from './load/load-generator.js';
import { createProcessGroup } from './processes/process-group.js';
import type { CpuProfile } from './profile/cpu-profile.js';
import { summarizeCpuProfile } from './profile/cpu-profile.js';
import { renderProfileDocument } from './profile/render-profile-document.js';
import { createSourceMapResolver } from './profile/source-map-resolver.js';
import { readMachineInfo } from './report/machine-info.js';
import { startMockUpstream } from './servers/start-mock-upstream.js';
import { startHeimdall, startHeimdallBedrock, startRawProxy } from './targets/start-proxies.js';

/**
 * `pnpm --filter @heimdall/bench profile-gateway`: Heimdall under `node --cpu-prof` in front of the zero-delay mock, driven
 * at concurrency 1 and then 64 as in the benchmark; writes `results/profile.md` with its hottest functions.
 * `HEIMDALL_PROFILE_PACE=realistic` profiles the realistic pace instead (tokens 10 ms apart), where a chunk's cost
 * is paid once per upstream read; it writes `results/profile-realistic.md`.
 */
const resultsDirectory = fileURLToPath(new URL('../results/', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const progress = (line: string) => process.stdout.write(`${line}\n`);
const temporary = mkdtempSync(join(tmpdir(), 'heimdall-profile-'));
const group = createProcessGroup({ logDirectory: temporary });
const stopAndExit = (code: number) => void group.stopAll().finally(() => process.exit(code));
process.on('SIGINT', () => stopAndExit(130));
process.on('SIGTERM', () => stopAndExit(143));
process.on('exit', () => group.killAll());

const sequentialStreams = 500;
const concurrentSeconds = 8;
const pace = process.env.HEIMDALL_PROFILE_PACE === 'realistic' ? 'paced' : 'instant';
// `HEIMDALL_PROFILE_TARGET=raw-proxy` profiles the raw proxy under the same load instead, to compare where each
// spends; `heimdall-bedrock` profiles the Bedrock pass-through.
const target = process.env.HEIMDALL_PROFILE_TARGET ?? 'heimdall';
if (!['heimdall', 'heimdall-bedrock', 'raw-proxy'].includes(target)) {
  throw new Error(`HEIMDALL_PROFILE_TARGET must be heimdall, heimdall-bedrock or raw-proxy, not ${target}`);
}

async function main(): Promise<void> {
  const date = new Date().toISOString();
  const mock = await startMockUpstream(group);
  await mock.useTiming(pace);
  const generator = await startLoadGenerator(group);
  const nodeOptions = ['--cpu-prof', `--cpu-prof-dir=${temporary}`, '--cpu-prof-name=heimdall.cpuprofile'];
  const start = { raw: startRawProxy, bedrock: startHeimdallBedrock, openai: startHeimdall }[
    target === 'raw-proxy' ? 'raw' : target === 'heimdall-bedrock' ? 'bedrock' : 'openai'
  ];
  const heimdall = await start({ group, mockUrl: mock.url, nodeOptions });
  const run = async (concurrency: number, maxRequests: number, maxDurationMs: number) => {
    const result = await generator.run({
      request: heimdall.request,
      concurrency,
      maxRequests,
      maxDurationMs,
      recordTimings: false,
    });
    group.assertAllRunning();
    if (result.failed > 0) throw new Error(`${result.failed} streams failed: ${result.failureReasons.join(' | ')}`);
    progress(
      `  ${result.completed} streams at concurrency ${concurrency} in ${(result.elapsedMs / 1000).toFixed(1)} s`,
    );
  };
  progress('Warming up, then profiling Heimdall');
  await run(16, 1_000, 5_000);
  if (pace === 'instant') await run(1, sequentialStreams, 20_000);
  await run(64, 1_000_000, concurrentSeconds * 1000);
  // The profile is written when the gateway exits.
  await heimdall.process?.stop({ graceMs: 15_000 });
  const file = readdirSync(temporary).find((name) => name.endsWith('.cpuprofile'));
  if (file === undefined) throw new Error(`The gateway wrote no CPU profile into ${temporary}`);
  const profile = JSON.parse(readFileSync(join(temporary, file), 'utf8')) as CpuProfile;
  const summary = summarizeCpuProfile(profile, createSourceMapResolver({ repositoryRoot }));
  const document = renderProfileDocument({
    date,
    pace: pace === 'instant' ? 'zero-delay' : 'realistic-pace',
    subject: {
      heimdall: 'Heimdall',
      'heimdall-bedrock': 'Heimdall (Bedrock pass-through)',
      'raw-proxy': 'Raw Node proxy',
    }[target],
    machine: readMachineInfo(),
    load:
      pace === 'instant'
        ? `serving a warm-up of up to 1,000 streams at concurrency 16, ${sequentialStreams} streams at concurrency 1, then ${concurrentSeconds} s at concurrency 64 (start-up included)`
        : `serving realistic-pace streams (200 ms to the first chunk, 10 ms between chunks): 5 s at concurrency 16, then ${concurrentSeconds} s at concurrency 64 (start-up included)`,
    summary,
  });
  const name = `${target === 'heimdall' ? '' : `${target}-`}profile${pace === 'instant' ? '' : '-realistic'}.md`;
  const path = join(resultsDirectory, name);
  writeFileSync(path, document);
  progress(`Profile summary written: ${path} (raw profile: ${join(temporary, file)})`);
  for (const spot of summary.selfTime.slice(0, 10)) {
    progress(`  ${(spot.share * 100).toFixed(1).padStart(5)} %  ${spot.functionName}  ${spot.location}`);
  }
}

try {
  await main();
  await group.stopAll();
} catch (error) {
  process.stderr.write(
    `Profiling failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
  await group.stopAll();
}
