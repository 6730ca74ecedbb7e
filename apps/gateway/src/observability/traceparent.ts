/** The parts of a W3C `traceparent` header that a span continues. */
export interface RemoteParent {
  traceId: string;
  spanId: string;
  traceFlags: number;
}

const traceparentPattern = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/**
 * The caller's trace from a `traceparent` header, or `undefined` for a missing or malformed one (which starts a new
 * trace, as the spec asks). Version `ff` and all-zero ids are invalid.
 * @see https://www.w3.org/TR/trace-context/#traceparent-header
 */
export function parseTraceparent(header: string | undefined): RemoteParent | undefined {
  const match = header === undefined ? null : traceparentPattern.exec(header.trim().toLowerCase());
  if (!match) return undefined;
  const [, version, traceId = '', spanId = '', flags = '00'] = match;
  if (version === 'ff' || /^0+$/.test(traceId) || /^0+$/.test(spanId)) return undefined;
  return { traceId, spanId, traceFlags: Number.parseInt(flags, 16) };
}
