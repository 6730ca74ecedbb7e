/**
 * Reads the output of `pnpm test` (every package's Vitest run, prefixed by turbo with its task name) and counts
 * passed and failed tests across all of them, for CI's one closing line.
 *
 * A test file that fails to load, or a `beforeAll` that throws, runs no test at all: Vitest reports it under
 * "Failed Suites" and in the "Test Files" line, never in "Tests". Those count as failures here, so that a red run
 * can never close with `N passed, 0 failed`.
 */

/** Counts for one Vitest run. */
interface RunCounts {
  passedTests: number;
  failedTests: number;
  failedSuites: number;
  failedFiles: number;
}

export interface TestTotals {
  passed: number;
  failed: number;
}

// Turbo and Vitest colour their output; the counts are read from the plain text.
const ansiEscape = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const turboPrefix = /^(\S+?:[\w:-]+): /;

function countOf(text: string, label: string): number {
  return Number(new RegExp(`(\\d+) ${label}`).exec(text)?.[1] ?? 0);
}

/** Totals over every Vitest run found in `output`. */
export function countTestResults(output: string): TestTotals {
  const runs = new Map<string, RunCounts>();
  for (const rawLine of output.replace(ansiEscape, '').split('\n')) {
    const match = turboPrefix.exec(rawLine);
    const prefix = match?.[1] ?? '';
    const line = rawLine.slice(match?.[0].length ?? 0);
    const run = runs.get(prefix) ?? { passedTests: 0, failedTests: 0, failedSuites: 0, failedFiles: 0 };
    const tests = /^\s*Tests\s+(.*)\(\d+\)\s*$/.exec(line);
    const files = /^\s*Test Files\s+(.*)\(\d+\)\s*$/.exec(line);
    const suites = /Failed Suites (\d+)/.exec(line);
    if (tests?.[1] !== undefined) {
      run.passedTests += countOf(tests[1], 'passed');
      run.failedTests += countOf(tests[1], 'failed');
    } else if (files?.[1] !== undefined) {
      run.failedFiles += countOf(files[1], 'failed');
    } else if (suites?.[1] !== undefined) {
      run.failedSuites += Number(suites[1]);
    } else {
      continue;
    }
    runs.set(prefix, run);
  }
  let passed = 0;
  let failed = 0;
  for (const run of runs.values()) {
    passed += run.passedTests;
    failed += Math.max(run.failedTests + run.failedSuites, run.failedFiles);
  }
  return { passed, failed };
}

/**
 * The closing line. A run that exited non-zero counts at least one failure even when no test failed (a lint,
 * type or spec check did), and says so on the line before.
 */
export function closingLines(totals: TestTotals, exitCode: number): string[] {
  if (exitCode !== 0 && totals.failed === 0) {
    return [
      `pnpm test exited with ${exitCode} although every test passed: a check outside the tests failed (see above)`,
      `${totals.passed} passed, 1 failed`,
    ];
  }
  return [`${totals.passed} passed, ${totals.failed} failed`];
}
