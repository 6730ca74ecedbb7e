/** The upstream sent nothing for longer than the idle limit in the middle of a reply. */
export class UpstreamIdleTimeout extends Error {
  override readonly name = 'UpstreamIdleTimeout';

  constructor(readonly idleMs: number) {
    super(`The upstream sent nothing for ${idleMs} ms`);
  }
}
