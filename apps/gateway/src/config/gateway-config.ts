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

export interface BedrockProviderSettings extends ProviderCommon {
  type: 'bedrock';
  region: string;
  baseUrl: string;
  bearerToken?: string | undefined;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string | undefined } | undefined;
}

export type ProviderSettings = OpenAiProviderSettings | AnthropicProviderSettings | BedrockProviderSettings;

/**
 * What one client connection may cost the gateway: how long it may take to send a request, how long it may sit idle,
 * and how many connections and HTTP/2 streams there may be. The same limits apply to HTTP/1.1 and HTTP/2, in
 * cleartext and over TLS.
 */
export interface ConnectionLimits {
  /** From accepting a connection to its first byte (and through the TLS handshake). */
  firstByteTimeoutMs: number;
  /** From the start of a request to the end of its headers. */
  headersTimeoutMs: number;
  /** From the start of a request to the last byte of its body: with the body limit, the slowest upload allowed. */
  requestTimeoutMs: number;
  /** How long a connection (HTTP/1.1 keep-alive or an HTTP/2 session) may stay open with no request in flight. */
  keepAliveTimeoutMs: number;
  /** Open connections per process; more are closed as they arrive. */
  maxConnections: number;
  /** Open connections per client IP address; more are closed as they arrive. */
  maxConnectionsPerAddress: number;
  /** Streams one HTTP/2 connection may have open at once (the SETTINGS_MAX_CONCURRENT_STREAMS it is sent). */
  maxConcurrentStreams: number;
  /** The largest header section of a request, HTTP/1.1 or HTTP/2 (SETTINGS_MAX_HEADER_LIST_SIZE). */
  maxHeaderBytes: number;
}

export interface ServerSettings {
  host: string;
  port: number;
  bodyLimitBytes: number;
  shutdownGraceMs: number;
  tls?: { certFile: string; keyFile: string } | undefined;
  connections: ConnectionLimits;
}

/** Where Prometheus reads `/metrics`, and with which key. */
export interface MetricsSettings {
  /** A port of its own for `/metrics` (on the server's host); the API port then does not serve it. */
  port?: number | undefined;
  /** A bearer key for `/metrics`, separate from the gateway keys. */
  key?: string | undefined;
}

/** Everything the gateway runs on, resolved from the environment and the config file. */
export interface GatewayConfig {
  server: ServerSettings;
  metrics: MetricsSettings;
  gatewayKeys: GatewayKey[];
  /** Where a model id without a configured provider prefix goes. */
  defaultProvider: string;
  providers: Record<string, ProviderSettings>;
}
