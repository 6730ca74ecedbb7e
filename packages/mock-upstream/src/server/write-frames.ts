import type { ServerResponse } from 'node:http';
import type { Frame } from '../wire/wire-format.js';

/**
 * Writes the frames of one chunk in a single write and waits until the socket has taken it. Waiting keeps a slow
 * client from filling memory, and makes sure a chunk really left before a scripted drop destroys the socket. Stops
 * waiting when the connection closes.
 */
export function writeFrames({
  response,
  frames,
  signal,
}: {
  response: ServerResponse;
  frames: Frame[];
  signal: AbortSignal;
}): Promise<void> {
  if (frames.length === 0) return Promise.resolve();
  const chunk = frames.every((frame) => typeof frame === 'string')
    ? frames.join('')
    : Buffer.concat(frames.map((frame) => (typeof frame === 'string' ? Buffer.from(frame) : frame)));
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    response.write(chunk, (error) => {
      signal.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve();
    });
  });
}
