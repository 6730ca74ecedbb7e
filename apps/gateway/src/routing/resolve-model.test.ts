import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load-config.js';
import { resolveModel } from './resolve-model.js';

const withOpenAi = loadConfig({ OPENAI_API_KEY: 'sk-test' }, '/nonexistent-directory');
const withBedrock = loadConfig({ OPENAI_API_KEY: 'sk-test', AWS_REGION: 'eu-west-1' }, '/nonexistent-directory');

describe('model routing', () => {
  it('sends provider/model to that provider, keeping slashes inside the model name', () => {
    expect(resolveModel('openai/gpt-4o', withOpenAi)).toMatchObject({ provider: { name: 'openai' }, model: 'gpt-4o' });
    expect(resolveModel('openai/org/fine-tune', withOpenAi).model).toBe('org/fine-tune');
  });

  it('sends an id without a configured prefix to Bedrock, whole', () => {
    expect(resolveModel('us.amazon.nova-micro-v1:0', withBedrock)).toMatchObject({
      provider: { name: 'bedrock', region: 'eu-west-1' },
      model: 'us.amazon.nova-micro-v1:0',
    });
    const arn = 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-sonnet-4-5';
    expect(resolveModel(arn, withBedrock).model).toBe(arn);
  });

  it('refuses a mistyped provider prefix before Bedrock, naming the configured providers and the likely one', () => {
    expect(() => resolveModel('opneai/gpt-4o', withBedrock)).toThrow(
      'The model id "opneai/gpt-4o" starts with "opneai/", which is not a configured provider (did you mean "openai/"?). ' +
        'Configured providers: openai, bedrock. Ids without a provider prefix, and ARNs, go to the default provider "bedrock".',
    );
    expect(() => resolveModel('mistral/large', withBedrock)).toThrow(/^[^(]*not a configured provider\. Configured/);
    const withRoutes = { ...withBedrock, routes: { 'chat-default': { targets: [] } } } as unknown as typeof withBedrock;
    expect(() => resolveModel('opneai/gpt-4o', withRoutes)).toThrow(
      'Configured providers: openai, bedrock. Routes (model ids of their own): chat-default. Ids without',
    );
  });

  it('leaves ids with slashes to a default provider that is not Bedrock, as vLLM names its models', () => {
    const withVllm = loadConfig({}, '/nonexistent-directory');
    const config = {
      ...withVllm,
      defaultProvider: 'vllm',
      providers: { vllm: { ...withOpenAi.providers.openai, name: 'vllm' } },
    } as typeof withVllm;
    expect(resolveModel('meta-llama/Llama-3.1-8B', config)).toMatchObject({
      provider: { name: 'vllm' },
      model: 'meta-llama/Llama-3.1-8B',
    });
  });

  it('says how to configure a provider the client named but the gateway lacks', () => {
    expect(() => resolveModel('anthropic/claude-sonnet-4-5', withOpenAi)).toThrow(
      'The provider "anthropic" of model "anthropic/claude-sonnet-4-5" is not configured: set ANTHROPIC_API_KEY',
    );
  });

  it('says which variable switches Gemini on when a client names it', () => {
    expect(() => resolveModel('gemini/gemini-2.5-flash', withOpenAi)).toThrow(
      'The provider "gemini" of model "gemini/gemini-2.5-flash" is not configured: set GEMINI_API_KEY (or GOOGLE_API_KEY)',
    );
  });

  it('explains where an unprefixed id went when Bedrock is not configured', () => {
    expect(() => resolveModel('gpt-4o', withOpenAi)).toThrow(
      /names no configured provider \(configured: openai\), so it goes to the default provider "bedrock", which is not configured/,
    );
    // An operator on a host with an instance role has credentials already: the region is what is missing.
    expect(() => resolveModel('gpt-4o', withOpenAi)).toThrow(
      /set AWS_REGION \(credentials then come from the AWS chain/,
    );
  });

  it('rejects a prefix with no model after it', () => {
    expect(() => resolveModel('openai/', withOpenAi)).toThrow('names no model after "openai/"');
  });
});
