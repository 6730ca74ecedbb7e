/**
 * The JSON of the commonest payload — a `contentBlockDelta` whose delta is one string (`text`, `toolUse.input`,
 * `reasoningContent.text`, `reasoningContent.signature`) — written straight from a template in Bedrock's key
 * order, since these make up nearly every frame of a reply. Anything else is `undefined`, for the general path.
 */
export function deltaJson(payload: Record<string, unknown>, padding: string): string | undefined {
  let count = 0;
  for (const key in payload) {
    if (!Object.hasOwn(payload, key)) continue;
    if (++count > 2 || (key !== 'contentBlockIndex' && key !== 'delta')) return undefined;
  }
  const index = payload.contentBlockIndex;
  const delta = payload.delta as Record<string, unknown> | undefined;
  if (count !== 2 || typeof index !== 'number' || !Number.isInteger(index) || typeof delta !== 'object' || !delta) {
    return undefined;
  }
  const inner = oneStringMemberJson(delta);
  if (inner === undefined) return undefined;
  return `{"contentBlockIndex":${index},"delta":${inner},"p":"${padding}"}`;
}

/** `{"text":"…"}` or `{"toolUse":{"input":"…"}}`-style JSON for a delta of exactly one string, else `undefined`. */
function oneStringMemberJson(delta: Record<string, unknown>): string | undefined {
  const keys = Object.keys(delta);
  if (keys.length !== 1) return undefined;
  const key = keys[0] as string;
  const value = delta[key];
  if (key === 'text' && typeof value === 'string') return `{"text":${JSON.stringify(value)}}`;
  if ((key === 'toolUse' || key === 'reasoningContent') && typeof value === 'object' && value !== null) {
    const innerKeys = Object.keys(value);
    const innerKey = innerKeys[0] as string;
    const innerValue = (value as Record<string, unknown>)[innerKey];
    if (innerKeys.length !== 1 || typeof innerValue !== 'string') return undefined;
    const allowed = key === 'toolUse' ? innerKey === 'input' : innerKey === 'text' || innerKey === 'signature';
    if (!allowed) return undefined;
    return `{"${key}":{"${innerKey}":${JSON.stringify(innerValue)}}}`;
  }
  return undefined;
}
