/**
 * Headers AWS's signers never sign unless told to: hop-by-hop headers and ones that proxies and browsers add or
 * rewrite on the way (`user-agent`, `x-amzn-trace-id`, `proxy-*`, `sec-*`), so a signature survives them.
 */
const unsignable = new Set([
  'authorization',
  'cache-control',
  'connection',
  'expect',
  'from',
  'keep-alive',
  'max-forwards',
  'pragma',
  'referer',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'user-agent',
  'x-amzn-trace-id',
]);

/** Whether a lower-cased header name is left out of a signature by default. */
export function isUnsignableHeader(name: string): boolean {
  return unsignable.has(name) || name.startsWith('proxy-') || name.startsWith('sec-');
}

/** Headers the signer writes itself: any given ones are dropped, as AWS's signer drops them. */
export function isGeneratedHeader(name: string): boolean {
  return name === 'authorization' || name === 'x-amz-date' || name === 'date';
}
