import { type ConverseStreamEvent, type ConverseStreamEventType, converseStreamEventTypes } from '@heimdall/spec';
import { isConverseStreamExceptionType } from '../errors/stream-exceptions.js';
import { deltaJson } from './delta-json.js';
import { encodeJsonFrame, type JsonFrame } from './frame-encoder.js';
import { frameHeaders } from './frame-headers.js';
import { paddingOfLength, randomPaddingLength } from './padding.js';
import { withPaddingField, withSortedKeys } from './sorted-keys.js';

/** Options of {@link encodeConverseEvent}. */
export interface EncodeConverseEventOptions {
  /**
   * The length of the `p` padding, 0–62. By default a random length from 2 to 61, as in Bedrock's replies; a fixed
   * length is for reproducing a recorded frame byte for byte.
   */
  paddingLength?: number;
}

const eventTypes: ReadonlySet<string> = new Set(converseStreamEventTypes);
const isEventType = (name: string): name is ConverseStreamEventType => eventTypes.has(name);

function memberNameOf(event: ConverseStreamEvent): string {
  let memberName: string | undefined;
  for (const key in event) {
    if (!Object.hasOwn(event, key)) continue;
    if (memberName !== undefined) {
      throw new TypeError(`A ConverseStream event has exactly one member, not ${memberName}, ${key}, …`);
    }
    memberName = key;
  }
  if (memberName === undefined) throw new TypeError('A ConverseStream event has exactly one member, not none');
  return memberName;
}

/**
 * One ConverseStream event as one `application/vnd.amazon.eventstream` frame, laid out as Bedrock lays it out:
 * string headers `:event-type`, `:content-type: application/json`, `:message-type: event`, in that order; a JSON
 * payload with its keys sorted at every level and a `p` field of padding. An exception member
 * (`{ throttlingException: { message } }`) becomes an exception frame, as {@link encodeConverseException} writes it.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html#API_runtime_ConverseStream_ResponseSyntax
 */
export function encodeConverseEvent(event: ConverseStreamEvent, options?: EncodeConverseEventOptions): Uint8Array {
  const { headers, json } = converseEventFrame(event, options);
  return encodeJsonFrame(headers, json);
}

/** The headers and payload of the frame {@link encodeConverseEvent} writes, for writing several frames at once. */
export function converseEventFrame(event: ConverseStreamEvent, options?: EncodeConverseEventOptions): JsonFrame {
  if (typeof event !== 'object' || event === null) {
    throw new TypeError(
      `A ConverseStream event is an object with one member, not ${event === null ? 'null' : typeof event}`,
    );
  }
  const memberName = memberNameOf(event);
  const payload: unknown = (event as Record<string, unknown>)[memberName];
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new TypeError(`The ${memberName} member of a ConverseStream event must be an object`);
  }
  if (isConverseStreamExceptionType(memberName)) {
    return { headers: frameHeaders('exception', memberName), json: JSON.stringify(withSortedKeys(payload)) };
  }
  if (!isEventType(memberName)) {
    throw new TypeError(`${memberName} is not a ConverseStream event type (${converseStreamEventTypes.join(', ')})`);
  }
  const padding = paddingOfLength(options?.paddingLength ?? randomPaddingLength());
  const fields = payload as Record<string, unknown>;
  const json =
    (memberName === 'contentBlockDelta' ? deltaJson(fields, padding) : undefined) ??
    JSON.stringify(withPaddingField(fields, padding));
  return { headers: frameHeaders('event', memberName), json };
}
