/** An upstream sent a message (a server-sent event, a JSON reply) larger than the gateway holds; reading stopped. */
export class UpstreamMessageTooLarge extends Error {
  override readonly name = 'UpstreamMessageTooLarge';

  constructor(
    /** What was too large, e.g. `a server-sent event`. */
    readonly what: string,
    readonly limitBytes: number,
  ) {
    super(`The upstream sent ${what} of more than ${limitBytes} bytes, the most the gateway reads`);
  }
}
