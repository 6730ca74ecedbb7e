import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';
import { type HostileSocket, openHostileSocket } from '../test-support/hostile-socket.js';

const mebibyte = 1024 * 1024;
const chunk = `${(64 * 1024).toString(16)}\r\n${'x'.repeat(64 * 1024)}\r\n`;

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness({
    environment: { HEIMDALL_API_KEYS: 'team-a:secret-a', HEIMDALL_BODY_LIMIT_BYTES: String(mebibyte) },
  });
});
afterAll(() => harness.close());

/**
 * Sends a chunked upload of up to `totalBytes`, a 64 KiB chunk at a time, until the gateway answers or closes the
 * connection; resolves with how many body bytes had been sent by then.
 */
async function uploadUntilAnswered(hostile: HostileSocket, headers: string, totalBytes: number): Promise<number> {
  hostile.socket.write(
    `POST /bedrock/model/openai%2Fupload/converse HTTP/1.1\r\nhost: gateway\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n${headers}\r\n`,
  );
  let sent = 0;
  while (sent < totalBytes && !hostile.isClosed && !hostile.received().includes('\r\n\r\n')) {
    const flushed = hostile.socket.write(chunk);
    sent += 64 * 1024;
    // A pause per chunk leaves the gateway time to answer first, as it does when it reads no body.
    await new Promise((resolve) => setTimeout(resolve, flushed ? 2 : 20));
  }
  return sent;
}

describe('uploads from clients without a valid key', () => {
  it('refuses a chunked upload without a key before it has been read', async () => {
    const hostile = await openHostileSocket(harness.url);
    const sent = await uploadUntilAnswered(hostile, '', 19 * mebibyte);
    expect(hostile.received()).toMatch(/^HTTP\/1\.1 403/);
    expect(sent).toBeLessThan(4 * mebibyte);
    // Nor is the rest read for long to keep the connection: it is closed.
    await hostile.closed(10_000);
  });

  it('reads no more than the body limit of a SigV4-signed upload before checking its signature', async () => {
    const hostile = await openHostileSocket(harness.url);
    const authorization = `AWS4-HMAC-SHA256 Credential=team-a/20260101/us-east-1/bedrock/aws4_request, SignedHeaders=host, Signature=${'0'.repeat(64)}`;
    const sent = await uploadUntilAnswered(hostile, `authorization: ${authorization}\r\n`, 19 * mebibyte);
    expect(hostile.received()).toMatch(/^HTTP\/1\.1 400/);
    expect(hostile.received()).toContain(`larger than the gateway's limit of ${mebibyte} bytes`);
    expect(sent).toBeLessThan(3 * mebibyte);
    await hostile.closed(10_000);
  });
});
