import { findDescriptor } from '../providers/provider-registry.js';

/**
 * `gen_ai.system` for a provider type: the name its descriptor gives, from OpenTelemetry's GenAI conventions, so that
 * traces group with other instrumented clients'.
 * @see https://opentelemetry.io/docs/specs/semconv/gen-ai/gen-ai-spans/
 */
export function genAiSystem(providerType: string): string {
  return findDescriptor(providerType)?.genAiSystem ?? providerType;
}
