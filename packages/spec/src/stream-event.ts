import type { converseStreamEventTypes, converseStreamExceptionTypes } from './generated/constants.gen.js';
import type { ConverseStreamEvent } from './generated/types.gen.js';

/** The `:event-type` of a ConverseStream event frame. */
export type ConverseStreamEventType = (typeof converseStreamEventTypes)[number];

/** The `:exception-type` of a ConverseStream exception frame. */
export type ConverseStreamExceptionType = (typeof converseStreamExceptionTypes)[number];

/** Every member name of the `ConverseStreamEvent` union. */
export type ConverseStreamMemberName = ConverseStreamEventType | ConverseStreamExceptionType;

/** The payload of one member of the stream union, e.g. `ConverseStreamPayload<'contentBlockDelta'>`. */
export type ConverseStreamPayload<Name extends ConverseStreamMemberName> = Extract<
  ConverseStreamEvent,
  Record<Name, unknown>
>[Name];
