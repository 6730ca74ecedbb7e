import { describe, expect, it } from 'vitest';
import { providerConfigRefusal } from './provider-config-policy.js';

const configs = [
  { provider: 'openai', weight: 1, allowedModels: ['gpt-4o*'] },
  { provider: 'anthropic', weight: 1, allowedModels: [] },
];
const target = (provider: string, model: string) => ({ modelId: `${provider}/${model}`, provider, model });

describe("a virtual key's provider configs as a policy", () => {
  it('allow the providers they name, within their allowed models (none listed: any)', () => {
    expect(providerConfigRefusal(configs, target('openai', 'gpt-4o-mini'))).toBeUndefined();
    expect(providerConfigRefusal(configs, target('anthropic', 'claude-sonnet-4-5'))).toBeUndefined();
  });

  it('refuse another provider, naming it and the ones allowed', () => {
    expect(providerConfigRefusal(configs, target('gemini', 'gemini-2.5-pro'))).toBe(
      'the provider "gemini" is not among its provider configs (openai, anthropic)',
    );
  });

  it("refuse a model outside the provider's allowed models", () => {
    expect(providerConfigRefusal(configs, target('openai', 'o3'))).toBe(
      'the model "o3" is not among the allowed models of its provider config for "openai"',
    );
  });

  it('refuse nothing for a key without provider configs', () => {
    expect(providerConfigRefusal([], target('gemini', 'gemini-2.5-pro'))).toBeUndefined();
  });
});
