/**
 * `gen_ai.system` (renamed `gen_ai.provider.name` in later versions of the conventions) for each provider type: the
 * names OpenTelemetry's GenAI semantic conventions list, so traces group with other instrumented clients'.
 * @see https://opentelemetry.io/docs/specs/semconv/gen-ai/gen-ai-spans/
 */
const systemByProviderType: Readonly<Record<string, string>> = {
  openai: 'openai',
  anthropic: 'anthropic',
  gemini: 'gcp.gemini',
  bedrock: 'aws.bedrock',
};

export function genAiSystem(providerType: string): string {
  return systemByProviderType[providerType] ?? providerType;
}
