import { ConverseProtocolError, decodeConverseStream } from '@heimdall/eventstream';
import type { ConverseStreamEvent } from '@heimdall/spec';

/** A ConverseStream reply whose headers have arrived and been checked. */
export interface ConverseReply {
  body: ReadableStream<Uint8Array>;
  status: number;
  requestId: string | undefined;
}

/**
 * The events of a reply body, decoded and CRC-checked. A body that ends cleanly between frames but before the
 * `messageStop` and `metadata` events that end every reply was cut off, and fails as such.
 */
export async function* readConverseReply(reply: Promise<ConverseReply>): AsyncGenerator<ConverseStreamEvent, void> {
  const { body, status, requestId } = await reply;
  let stopped = false;
  let described = false;
  for await (const event of decodeConverseStream(body, { requestId })) {
    if ('messageStop' in event) stopped = true;
    else if ('metadata' in event) described = true;
    yield event;
  }
  if (!stopped || !described) {
    const missing = stopped ? 'metadata' : 'messageStop';
    throw new ConverseProtocolError({
      message: `The event stream ended before its ${missing} event: the reply was cut off`,
      status,
      requestId,
    });
  }
}
