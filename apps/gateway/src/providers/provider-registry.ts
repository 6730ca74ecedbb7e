import { z } from 'zod';
import { anthropicProvider } from './anthropic/anthropic-provider.js';
import { bedrockProvider } from './bedrock/bedrock-provider.js';
import { geminiProvider } from './gemini/gemini-provider.js';
import { openAiProvider } from './openai/openai-provider.js';
import type { ProviderDescriptor } from './provider-descriptor.js';

/** Every kind of provider the gateway speaks to: one line each. */
export const providerRegistry = [openAiProvider, anthropicProvider, geminiProvider, bedrockProvider] as const;

type SettingsSchemas<Descriptors> = {
  -readonly [Index in keyof Descriptors]: Descriptors[Index] extends { settingsSchema: infer Schema } ? Schema : never;
};

/** `providers.<name>` in the config: the settings of whichever provider its `type` names. */
export const providerSettingsSchema = z.discriminatedUnion(
  'type',
  providerRegistry.map((descriptor) => descriptor.settingsSchema) as SettingsSchemas<typeof providerRegistry>,
);

/** What to set for a gateway that has no provider at all, for its start-up warning and its readiness probe. */
export const howToConfigureAnyProvider = `No provider is configured: ${providerRegistry
  .map((descriptor) => descriptor.notConfiguredHint)
  .join('; or ')}; or declare providers in heimdall.config.json`;

/** The provider types, for error messages. */
export const providerTypes: readonly string[] = providerRegistry.map((descriptor) => descriptor.type);

/** The descriptor of a provider type, or `undefined` for a type the registry does not have. */
export function findDescriptor(type: string): ProviderDescriptor | undefined {
  return providerRegistry.find((candidate) => candidate.type === type) as ProviderDescriptor | undefined;
}

/** The descriptor of a provider type, which the schema has already checked is one of the registry's. */
export function descriptorOf(type: string): ProviderDescriptor {
  const descriptor = providerRegistry.find((candidate) => candidate.type === type);
  if (!descriptor) throw new Error(`No provider of type "${type}" is registered`);
  return descriptor as unknown as ProviderDescriptor;
}
