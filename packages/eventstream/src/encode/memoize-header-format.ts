import type { EventStreamCodec, MessageHeaders } from '@smithy/core/event-streams';

type HeaderFormatter = { format(headers: MessageHeaders): Uint8Array };

/**
 * Makes the codec format each headers object once. Every frame of a kind carries the same three string headers,
 * and formatting them was the largest single cost of encoding a frame; the codec copies the formatted bytes into
 * each frame (and still computes both CRCs), so the cached bytes are never shared or changed. Headers objects must
 * not be changed after their first use, which {@link encodeJsonFrame}'s frozen, per-kind objects guarantee.
 *
 * The codec keeps its marshaller in a field of its own; a codec version without it keeps working, only slower.
 */
export function memoizeHeaderFormatting(codec: EventStreamCodec): boolean {
  const marshaller = (codec as unknown as { headerMarshaller?: Partial<HeaderFormatter> }).headerMarshaller;
  if (typeof marshaller?.format !== 'function') return false;
  const format = marshaller.format.bind(marshaller);
  const formatted = new WeakMap<MessageHeaders, Uint8Array>();
  marshaller.format = (headers: MessageHeaders) => {
    let bytes = formatted.get(headers);
    if (!bytes) {
      bytes = format(headers);
      formatted.set(headers, bytes);
    }
    return bytes;
  };
  return true;
}
