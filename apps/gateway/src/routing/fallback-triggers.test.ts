import { createHeimdallError } from '@heimdall/eventstream';
import { bedrockErrorTypes } from '@heimdall/spec';
import { describe, expect, it } from 'vitest';
import { fallbackTriggerNames, triggersFallback } from './fallback-triggers.js';

describe('fallbackTriggers', () => {
  it.each(Object.keys(bedrockErrorTypes))(
    'puts %s under exactly one trigger, so a route can choose to fall back on it',
    (type) => {
      const error = createHeimdallError({ type, message: 'failed' });
      const triggers = fallbackTriggerNames.filter((trigger) => triggersFallback(error, [trigger]));
      expect(triggers).toHaveLength(1);
    },
  );
});
