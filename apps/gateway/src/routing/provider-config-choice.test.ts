import { describe, expect, it } from 'vitest';
import type { PrincipalProviderConfig } from '../auth/principal.js';
import { providerConfigChoice } from './provider-config-choice.js';

const providers = new Set(['openai', 'anthropic', 'gemini']);
const config = (provider: string, weight = 1, allowedModels: string[] = []): PrincipalProviderConfig => ({
  provider,
  weight,
  allowedModels,
});
const choose = (modelId: string, configs: PrincipalProviderConfig[], point = 0, routes = {}) =>
  providerConfigChoice({ modelId, configs, providers, routes, random: () => point });

describe("which providers a key's provider configs send a bare model name to", () => {
  it('draws the first by weight and keeps the others behind it, heaviest first', () => {
    const configs = [config('openai', 1), config('anthropic', 3), config('gemini', 2)];
    // Cumulative ranges over a total of 6: openai [0, 1), anthropic [1, 4), gemini [4, 6).
    expect(choose('m', configs, 0.1)).toEqual(['openai/m', 'anthropic/m', 'gemini/m']);
    expect(choose('m', configs, 0.5)).toEqual(['anthropic/m', 'gemini/m', 'openai/m']);
    expect(choose('m', configs, 0.9)).toEqual(['gemini/m', 'anthropic/m', 'openai/m']);
  });

  it('never draws a weight of zero first while another weighs more, but keeps it as a fallback', () => {
    const configs = [config('openai', 0), config('anthropic', 1)];
    for (const point of [0, 0.5, 0.999]) expect(choose('m', configs, point)).toEqual(['anthropic/m', 'openai/m']);
    expect(choose('m', [config('openai', 0), config('anthropic', 0)], 0.7)).toEqual(['openai/m', 'anthropic/m']);
  });

  it("leaves out configs whose allowed models do not match, or whose provider the gateway doesn't have", () => {
    const configs = [config('openai', 1, ['gpt-*']), config('anthropic', 1, ['claude-*']), config('mistral', 5)];
    expect(choose('gpt-4o', configs, 0.99)).toEqual(['openai/gpt-4o']);
    expect(choose('claude-sonnet-4-5', configs, 0)).toEqual(['anthropic/claude-sonnet-4-5']);
    expect(choose('llama-3', configs)).toBeUndefined();
  });

  it('matches an allowed model glob written as provider/model too', () => {
    expect(choose('gpt-4o', [config('openai', 1, ['openai/gpt-4o'])])).toEqual(['openai/gpt-4o']);
  });

  it('has no say over an id naming its provider, a route, or a key without configs', () => {
    expect(choose('anthropic/claude-sonnet-4-5', [config('openai')])).toBeUndefined();
    expect(choose('chat-default', [config('openai')], 0, { 'chat-default': {} })).toBeUndefined();
    expect(choose('gpt-4o', [])).toBeUndefined();
  });

  it('lists a provider named by two configs once, where the first of them that allows the model is', () => {
    const configs = [config('openai', 1, ['gpt-4o-mini']), config('anthropic', 1), config('openai', 1)];
    expect(choose('gpt-4o', configs, 0)).toEqual(['anthropic/gpt-4o', 'openai/gpt-4o']);
  });
});
