/**
 * The ways a client reaches the mock upstream, in report order:
 * - `direct`: the client reads the mock's OpenAI stream itself, the floor every other row is compared with;
 * - `direct-bedrock`: the client reads the mock's Bedrock event stream itself, the floor of the pass-through row;
 * - `raw-proxy`: a minimal Node pass-through, the floor for any gateway written in Node;
 * - `heimdall`: ConverseStream translated from the OpenAI-compatible upstream;
 * - `heimdall-bedrock`: ConverseStream passed through from a Bedrock upstream;
 * - `portkey`: the Portkey gateway's OpenAI chat completions.
 */
export const targetIds = ['direct', 'direct-bedrock', 'raw-proxy', 'heimdall', 'heimdall-bedrock', 'portkey'] as const;

export type TargetId = (typeof targetIds)[number];

/** How each target is named in tables and charts. */
export const targetLabels: Record<TargetId, string> = {
  direct: 'direct (no proxy)',
  'direct-bedrock': 'direct, Bedrock stream (no proxy)',
  'raw-proxy': 'raw Node proxy',
  heimdall: 'Heimdall (OpenAI upstream)',
  'heimdall-bedrock': 'Heimdall (Bedrock pass-through)',
  portkey: 'Portkey 1.15.2',
};

/**
 * The target whose times a target's added latency is measured against: the direct read of the same upstream wire
 * format. Undefined for the direct targets themselves.
 */
export function baselineOf(target: TargetId): TargetId | undefined {
  if (target === 'direct' || target === 'direct-bedrock') return undefined;
  return target === 'heimdall-bedrock' ? 'direct-bedrock' : 'direct';
}
