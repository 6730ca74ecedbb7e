import { describe, expect, it } from 'vitest';
import type { LimitScope } from '../config/limits-schema.js';
import { claimsOf, tagOf, tagOfScope } from './scope-claims.js';

const key: LimitScope = {
  kind: 'key',
  id: 'k1',
  limits: { requests: { max: 10, resetPeriod: '1m' }, concurrentStreams: 2 },
};
const team: LimitScope = { kind: 'team', id: 't1', limits: { budget: { maxUsd: 1.5, resetPeriod: '1M' } } };
const customer: LimitScope = { kind: 'customer', id: 'c1', limits: { outputTokens: { max: 900, resetPeriod: '1d' } } };

describe('the claims of a request', () => {
  it('take from every limit of every scope, budgets in whole micro-dollars', () => {
    const claims = claimsOf([key, team, customer], { inputTokens: 30, outputTokens: 70, costMicroUsd: 1_234 });
    expect(claims.map(({ counter, amount, limit, period }) => ({ counter, amount, limit, period }))).toEqual([
      { counter: 'key:k1:requests:1m', amount: 1, limit: 10, period: '1m' },
      { counter: 'key:k1:concurrentStreams', amount: 1, limit: 2, period: undefined },
      { counter: 'team:t1:budget:1M', amount: 1_234, limit: 1_500_000, period: '1M' },
      { counter: 'customer:c1:outputTokens:1d', amount: 70, limit: 900, period: '1d' },
    ]);
  });

  it('live under the outermost scope, so a team and its keys share one Redis Cluster slot', () => {
    expect(tagOf([key, team, customer])).toBe('customer:c1');
    expect(tagOf([key, team])).toBe('team:t1');
    expect(tagOf([key])).toBe('key:k1');
  });

  it('are read under the tag a request to each provider config reserves them under', () => {
    const openai: LimitScope = {
      kind: 'provider-config',
      id: 'k1/openai',
      limits: { requests: { max: 5, resetPeriod: '1m' } },
    };
    const bedrock: LimitScope = {
      kind: 'provider-config',
      id: 'k1/bedrock',
      limits: { requests: { max: 5, resetPeriod: '1m' } },
    };
    expect(tagOfScope([key, openai, bedrock], openai)).toBe(tagOf([key, openai]));
    expect(tagOfScope([key, openai, bedrock], key)).toBe('key:k1');
    expect(tagOfScope([openai, bedrock], bedrock)).toBe(tagOf([bedrock]));
    expect(tagOfScope([openai, bedrock], bedrock)).toBe('provider-config:k1/bedrock');
  });
});
