/**
 * `tsx scripts/ci/print-test-summary.ts <log> <exit code>`: prints CI's closing line for a `pnpm test` log.
 */
import { readFileSync } from 'node:fs';
import { closingLines, countTestResults } from './count-test-results.js';

const [logFile, exitCode] = process.argv.slice(2);
if (logFile === undefined) {
  console.error('usage: print-test-summary <log file> <exit code>');
  process.exit(2);
}
for (const line of closingLines(countTestResults(readFileSync(logFile, 'utf8')), Number(exitCode ?? 0))) {
  console.log(line);
}
