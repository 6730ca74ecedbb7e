import { describe, expect, it } from 'vitest';
import { gatewayKeySchema } from '../config/gateway-key-schema.js';
import { keyUnusable, policyRefusal } from './key-policy.js';

const policyOf = (key: Record<string, unknown>) => gatewayKeySchema.parse({ secret: 'a-secret', ...key });
const target = (modelId: string, provider = modelId.split('/')[0] ?? 'bedrock') => ({
  modelId,
  provider,
  model: modelId.includes('/') ? modelId.slice(modelId.indexOf('/') + 1) : modelId,
});

describe("a gateway key's policy", () => {
  it('allows everything when it lists nothing', () => {
    expect(policyRefusal(policyOf({}), target('anthropic/claude-sonnet-4-5'))).toBeUndefined();
  });

  it('allows only the models its globs match, matching the id as named and as provider/model', () => {
    const policy = policyOf({ models: { allow: ['openai/*', 'bedrock/us.amazon.nova-*'] } });
    expect(policyRefusal(policy, target('openai/gpt-4o'))).toBeUndefined();
    expect(policyRefusal(policy, target('us.amazon.nova-micro-v1:0', 'bedrock'))).toBeUndefined();
    expect(policyRefusal(policy, target('anthropic/claude-sonnet-4-5'))).toBe(
      'the model "anthropic/claude-sonnet-4-5" is not allowed for it',
    );
  });

  it('lets a deny list win over an allow list, for providers and models alike', () => {
    const policy = policyOf({
      models: { allow: ['openai/*'], deny: ['openai/gpt-4?'] },
      providers: { deny: ['gemini'] },
    });
    expect(policyRefusal(policy, target('openai/gpt-4o'))).toBe('the model "openai/gpt-4o" is denied for it');
    expect(policyRefusal(policy, target('openai/gpt-4.1'))).toBeUndefined();
    expect(policyRefusal(policy, target('gemini/gemini-2.5-pro'))).toBe('the provider "gemini" is denied for it');
  });

  it('treats glob characters only as globs: a dot in a pattern is a dot', () => {
    const policy = policyOf({ models: { allow: ['openai/gpt-4.1'] } });
    expect(policyRefusal(policy, target('openai/gpt-401'))).toBe('the model "openai/gpt-401" is not allowed for it');
  });

  it('makes a key unusable once inactive or past its expiry', () => {
    const now = Date.parse('2026-06-01T00:00:00Z');
    expect(keyUnusable(policyOf({}), now)).toBeUndefined();
    expect(keyUnusable(policyOf({ active: false }), now)).toBe('it is inactive');
    expect(keyUnusable(policyOf({ expiresAt: '2026-06-01T00:00:00Z' }), now)).toBe(
      'it expired at 2026-06-01T00:00:00Z',
    );
    expect(keyUnusable(policyOf({ expiresAt: '2026-06-02T00:00:00+02:00' }), now)).toBeUndefined();
  });
});
