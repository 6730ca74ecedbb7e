import type { z } from 'zod';
import type { EnvironmentVariable } from '../config/environment-variable.js';
import type { ConfiguredProvider } from '../config/provider-fields.js';
import type { ProviderAdapter } from './provider-adapter.js';
import type { AdapterContext } from './shared/adapter-context.js';

/**
 * A provider's settings schema: a `z.strictObject` whose `type` is `z.literal(type)`, that spreads
 * `commonProviderFields` (time limits, retries, headers), gives every optional setting its default, and may end in a
 * `.transform` that derives what the adapter needs (e.g. `keys` from `apiKey`). Its output, completed with the
 * provider's name and the gateway-wide limits, is what the adapter receives.
 */
export type ProviderSettingsSchema<Type extends string> = z.core.$ZodTypeDiscriminable &
  z.ZodType<{ type: Type; timeouts?: unknown; retries?: unknown }, { type: Type }>;

/**
 * Everything the gateway knows about one kind of provider, in one place. Adding a provider is a folder under
 * `providers/` with its adapter, its settings schema and its descriptor, plus one line in `provider-registry.ts`;
 * the config schema, the environment table, model routing and the adapter registry all read the registry. See
 * `openai/openai-settings.ts` and `openai/openai-provider.ts` for the whole of one, e.g.:
 *
 * ```ts
 * export const exampleProvider = defineProvider({
 *   type: 'example',
 *   settingsSchema: z.strictObject({
 *     type: z.literal('example'),
 *     baseUrl: httpUrlSchema.default('https://api.example.com'),
 *     ...upstreamKeyFields,
 *     ...commonProviderFields,
 *   }).transform(({ apiKey, keys, ...settings }) => ({ ...settings, keys: upstreamKeys({ apiKey, keys }) })),
 *   environment: { providerName: 'example', variables: [{ name: 'EXAMPLE_API_KEY', path: ['apiKey'] }] },
 *   notConfiguredHint: 'set EXAMPLE_API_KEY',
 *   createAdapter: createExampleAdapter,
 * });
 * ```
 *
 * A variable it adds must also get a row in README.md's Configuration table; a test checks that.
 */
export interface ProviderDescriptor<
  Type extends string = string,
  Schema extends ProviderSettingsSchema<Type> = ProviderSettingsSchema<Type>,
> {
  /** The `type` of a provider in the config file, e.g. `openai`. */
  readonly type: Type;
  /** Its settings, as written under `providers.<name>` in the config file (see {@link ProviderSettingsSchema}). */
  readonly settingsSchema: Schema;
  /**
   * How it is configured from the environment, with the variables its official SDK reads: the provider name it gets
   * (the model prefix, e.g. `openai`), and the variables mapped into its settings (`path` inside the provider). Setting
   * any variable that declares the provider declares it; a config-file provider of the same name replaces it.
   */
  readonly environment: { readonly providerName: string; readonly variables: readonly EnvironmentVariable[] };
  /** What to do when a client names it but it is not configured, e.g. `set ANTHROPIC_API_KEY`. */
  readonly notConfiguredHint: string;
  /**
   * Its adapter, made once per configured provider at start-up, with the gateway's redaction step and randomness
   * (see {@link AdapterContext}). A provider that streams server-sent events builds it with
   * `createServerSentEventAdapter`, saying only how to ask, how it fails and how to read its events.
   */
  createAdapter(settings: ConfiguredProvider<z.output<Schema>>, context: AdapterContext): ProviderAdapter;
}

/** Declares a provider; the identity function that lets TypeScript infer the settings type from the schema. */
export function defineProvider<const Type extends string, Schema extends ProviderSettingsSchema<Type>>(
  descriptor: ProviderDescriptor<Type, Schema>,
): ProviderDescriptor<Type, Schema> {
  return descriptor;
}
