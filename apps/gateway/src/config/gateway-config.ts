/** A key clients present to the gateway. */
export interface GatewayKey {
  /** The AWS access key id that SigV4 clients sign with; keys without one are only accepted as tokens. */
  id?: string | undefined;
  secret: string;
}

/** An upstream key and its share of the traffic. */
export interface WeightedKey {
  key: string;
  weight: number;
}

export interface TimeoutSettings {
  firstByteMs: number;
  idleMs: number;
}

export interface RetrySettings {
  max: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

interface ProviderCommon {
  /** The name clients use as the model prefix, e.g. `openai` in `openai/gpt-4o`. */
  name: string;
  timeouts: TimeoutSettings;
  retries: RetrySettings;
  keys: WeightedKey[];
  headers: Record<string, string>;
}

export interface OpenAiProviderSettings extends ProviderCommon {
  type: 'openai';
  /** Includes the version segment, e.g. `https://api.openai.com/v1`. */
  baseUrl: string;
}

export interface AnthropicProviderSettings extends ProviderCommon {
  type: 'anthropic';
  baseUrl: string;
  version: string;
  /** Anthropic requires `max_tokens`; this is sent when the request has no `inferenceConfig.maxTokens`. */
  defaultMaxTokens: number;
}

export interface GeminiProviderSettings extends ProviderCommon {
  type: 'gemini';
  /** The origin, without the version segment, e.g. `https://generativelanguage.googleapis.com`. */
  baseUrl: string;
}

export interface BedrockProviderSettings extends ProviderCommon {
  type: 'bedrock';
  region: string;
  baseUrl: string;
  bearerToken?: string | undefined;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string | undefined } | undefined;
}

export type ProviderSettings =
  | OpenAiProviderSettings
  | AnthropicProviderSettings
  | GeminiProviderSettings
  | BedrockProviderSettings;

export interface ServerSettings {
  host: string;
  port: number;
  bodyLimitBytes: number;
  shutdownGraceMs: number;
  /**
   * How long one request may take to get an answer, across its retries and fallbacks: from its arrival until an
   * upstream begins streaming the reply (ConverseStream) or has sent the whole reply (Converse).
   */
  requestTimeBudgetMs: number;
  tls?: { certFile: string; keyFile: string } | undefined;
}

/** How the gateway checks SigV4-signed client requests. */
export interface SigV4Settings {
  /** The region clients must sign for (their SDK's `region`). */
  region: string;
  /** The service clients must sign for: `bedrock`, as the Bedrock Runtime SDKs do. */
  service: string;
  /** Accept `x-amz-content-sha256: UNSIGNED-PAYLOAD`, a body no signature covers. */
  allowUnsignedPayload: boolean;
}

/** Everything the gateway runs on, resolved from the environment and the config file. */
export interface GatewayConfig {
  server: ServerSettings;
  gatewayKeys: GatewayKey[];
  sigv4: SigV4Settings;
  /** Where a model id without a configured provider prefix goes. */
  defaultProvider: string;
  providers: Record<string, ProviderSettings>;
}
