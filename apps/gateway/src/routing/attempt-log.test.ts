import { ThrottlingException } from '@heimdall/eventstream';
import { describe, expect, it } from 'vitest';
import { createAttemptLog } from './attempt-log.js';

const plan = { modelId: 'primary/x', provider: 'primary', providerType: 'openai', model: 'x', retry: 0 };

describe('the attempt log', () => {
  it('keeps each attempt with its target, outcome and duration, in order, as plain JSON', () => {
    let clock = 1_000;
    const log = createAttemptLog(() => clock);
    log.started();
    clock += 120.4;
    log.ended(plan, { error: new ThrottlingException({ message: 'slow down' }) });
    clock += 50;
    log.started();
    clock += 30.6;
    log.ended({ ...plan, modelId: 'backup/y', provider: 'backup', model: 'y' }, {});
    expect(JSON.parse(JSON.stringify(log.entries))).toEqual([
      { modelId: 'primary/x', provider: 'primary', model: 'x', outcome: 'ThrottlingException', durationMs: 120 },
      { modelId: 'backup/y', provider: 'backup', model: 'y', outcome: 'ok', durationMs: 31 },
    ]);
  });
});
