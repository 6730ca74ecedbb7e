/**
 * The canonical request of SigV4, built exactly as AWS's JavaScript signer (`@smithy/signature-v4`) builds it for
 * services other than S3, so that a signature made here is the one AWS computes and the one AWS SDK clients send.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#create-canonical-request
 */

/** RFC 3986 encoding: `encodeURIComponent`, plus the reserved characters it leaves alone (`!'()*`). */
export function escapeUri(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The path as sent (still percent-encoded) normalised and encoded once more, as every AWS client but S3's does: empty
 * and `.` segments dropped, `..` removing the segment before it, then each character encoded again except `/`. So
 * `/model/openai%2Fgpt-4o/converse` is signed as `/model/openai%252Fgpt-4o/converse`.
 */
export function canonicalPath(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const leading = path.startsWith('/') ? '/' : '';
  const trailing = segments.length > 0 && path.endsWith('/') ? '/' : '';
  return escapeUri(`${leading}${segments.join('/')}${trailing}`).replace(/%2F/g, '/');
}

/**
 * `key=value` pairs, both encoded, sorted by key and then by value (by code unit, as the encoded forms are ASCII);
 * a pre-signed URL's own `X-Amz-Signature` is left out.
 */
export function canonicalQuery(query: URLSearchParams): string {
  const pairs: [string, string][] = [];
  for (const [key, value] of query) {
    if (key.toLowerCase() !== 'x-amz-signature') pairs.push([escapeUri(key), escapeUri(value)]);
  }
  if (pairs.length === 0) return '';
  pairs.sort(([keyA, valueA], [keyB, valueB]) =>
    keyA < keyB ? -1 : keyA > keyB ? 1 : valueA < valueB ? -1 : valueA > valueB ? 1 : 0,
  );
  return pairs.map(([key, value]) => `${key}=${value}`).join('&');
}

/** A header value as signed: line breaks as spaces, runs of spaces and tabs as one space, trimmed of them. */
export function canonicalHeaderValue(value: string): string {
  return value
    .replace(/[\r\n]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/^ | $/g, '');
}

/** The headers' part of a canonical request, from lower-cased names to values as given. */
export interface CanonicalHeaders {
  /** `name:value\n` for each header, sorted by name. */
  lines: string;
  /** The sorted names joined by `;`, as the `SignedHeaders` of the authorization. */
  signedHeaders: string;
}

export function canonicalHeaders(headers: ReadonlyMap<string, string>): CanonicalHeaders {
  const names = [...headers.keys()].sort();
  let lines = '';
  for (const name of names) lines += `${name}:${canonicalHeaderValue(headers.get(name) ?? '')}\n`;
  return { lines, signedHeaders: names.join(';') };
}

export function canonicalRequest({
  method,
  path,
  query,
  headers,
  payloadHash,
}: {
  method: string;
  /** The path as sent, percent-encoded. */
  path: string;
  query: URLSearchParams;
  headers: CanonicalHeaders;
  /** Hex SHA-256 of the body, or what `x-amz-content-sha256` declares (`UNSIGNED-PAYLOAD`). */
  payloadHash: string;
}): string {
  return `${method}\n${canonicalPath(path)}\n${canonicalQuery(query)}\n${headers.lines}\n${headers.signedHeaders}\n${payloadHash}`;
}
