import { describe, expect, it } from 'vitest';
import { closingLines, countTestResults } from './count-test-results.js';

const green = [
  '@heimdall/client:test:  Test Files  4 passed (4)',
  '@heimdall/client:test:       Tests  30 passed (30)',
  '@heimdall/gateway:test:  Test Files  2 passed (2)',
  '@heimdall/gateway:test:       Tests  12 passed | 1 skipped (13)',
].join('\n');

describe('the CI closing line', () => {
  it('adds up passed tests over every package', () => {
    expect(countTestResults(green)).toEqual({ passed: 42, failed: 0 });
  });

  it('counts a test file that failed to load, which runs no test, as a failure', () => {
    const output = [
      green,
      '@heimdall/testing:test: ⎯⎯⎯ Failed Suites 1 ⎯⎯⎯',
      '@heimdall/testing:test:  FAIL  src/broken.test.ts [ src/broken.test.ts ]',
      '@heimdall/testing:test:  Test Files  1 failed | 3 passed (4)',
      '@heimdall/testing:test:       Tests  8 passed (8)',
    ].join('\n');
    expect(countTestResults(output)).toEqual({ passed: 50, failed: 1 });
  });

  it('counts failed tests and failed suites of one package together, and files where the run says no more', () => {
    const output = [
      '\x1b[2m@heimdall/gateway:test: \x1b[22m Failed Suites 1',
      '@heimdall/gateway:test:  Test Files  3 failed | 1 passed (4)',
      '@heimdall/gateway:test:       Tests  2 failed | 5 passed (7)',
      '@heimdall/spec:test:  Test Files  1 failed (1)',
      '@heimdall/spec:test:       Tests  3 passed (3)',
    ].join('\n');
    expect(countTestResults(output)).toEqual({ passed: 8, failed: 4 });
  });

  it('never closes a red run with 0 failed', () => {
    expect(closingLines({ passed: 42, failed: 0 }, 1).at(-1)).toBe('42 passed, 1 failed');
    expect(closingLines({ passed: 42, failed: 3 }, 1)).toEqual(['42 passed, 3 failed']);
    expect(closingLines({ passed: 42, failed: 0 }, 0)).toEqual(['42 passed, 0 failed']);
  });
});
