import { type ClientHttp2Session, connect as connectHttp2, constants, type Settings } from 'node:http2';
import { connect as connectTls } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';
import { openHostileSocket, trickle } from '../test-support/hostile-socket.js';
import { createSelfSignedCertificate, type SelfSignedCertificate } from '../test-support/self-signed-certificate.js';

// Limits far below the defaults, so each hostile client is cut off within a second or two.
const limits = {
  HEIMDALL_CONNECTION_FIRST_BYTE_TIMEOUT_MS: '300',
  HEIMDALL_HEADERS_TIMEOUT_MS: '500',
  HEIMDALL_REQUEST_TIMEOUT_MS: '1000',
  HEIMDALL_KEEP_ALIVE_TIMEOUT_MS: '500',
};
/** Long enough for a loaded machine, far shorter than "indefinitely". */
const closesWithinMs = 10_000;
const converse = '/bedrock/model/openai%2Fslow/converse';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness({ environment: limits });
});
afterAll(() => harness.close());

describe('time limits on every connection', () => {
  it('closes a connection that never sends a byte', async () => {
    const hostile = await openHostileSocket(harness.url);
    await hostile.closed(closesWithinMs);
  });

  it('closes a connection that stops in the middle of the HTTP/2 preface', async () => {
    const hostile = await openHostileSocket(harness.url);
    hostile.socket.write('PRI * HTTP/2.0\r\n');
    await hostile.closed(closesWithinMs);
  });

  it('closes a connection that sends its headers one line at a time', async () => {
    const hostile = await openHostileSocket(harness.url);
    const lines = [`POST ${converse} HTTP/1.1\r\n`, ...Array.from({ length: 100 }, (_, n) => `x-slow-${n}: 1\r\n`)];
    const sent = await trickle(hostile, lines, 100);
    await hostile.closed(closesWithinMs);
    expect(sent).toBeLessThan(lines.length);
    expect(hostile.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes a connection whose request body trickles in over HTTP/1.1', async () => {
    const hostile = await openHostileSocket(harness.url);
    hostile.socket.write(
      `POST ${converse} HTTP/1.1\r\nhost: gateway\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n`,
    );
    const sent = await trickle(
      hostile,
      Array.from({ length: 200 }, () => '          '),
      50,
    );
    await hostile.closed(closesWithinMs);
    expect(sent).toBeLessThan(200);
  });

  it('closes a keep-alive connection left idle after its request', async () => {
    const hostile = await openHostileSocket(harness.url);
    hostile.socket.write('GET /health HTTP/1.1\r\nhost: gateway\r\n\r\n');
    // Well under Node's own 5 s keep-alive default, so only the configured limit closes it in time.
    await hostile.closed(4_000);
    expect(hostile.received()).toMatch(/^HTTP\/1\.1 200/);
  });

  it('closes an HTTP/2 session that opens no stream', async () => {
    const session = connectHttp2(harness.url);
    session.on('error', () => {});
    await closedSession(session, closesWithinMs);
  });

  it('cancels an HTTP/2 stream whose request body trickles in', async () => {
    const session = connectHttp2(harness.url);
    session.on('error', () => {});
    const stream = session.request({
      ':method': 'POST',
      ':path': converse,
      'content-type': 'application/json',
      'content-length': '100000',
    });
    stream.on('error', () => {});
    const closed = new Promise<number>((resolve) => stream.once('close', () => resolve(stream.rstCode ?? -1)));
    for (let chunk = 0; chunk < 200 && !stream.closed; chunk += 1) {
      stream.write('          ');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(stream.closed).toBe(true);
    expect(await closed).toBe(constants.NGHTTP2_CANCEL);
    session.destroy();
  });
});

function closedSession(session: ClientHttp2Session, withinMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The HTTP/2 session stayed open for ${withinMs} ms`)), withinMs);
    session.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('HTTP/2 settings and header limits', () => {
  let limited: GatewayHarness;
  beforeAll(async () => {
    limited = await startGatewayHarness({
      environment: { HEIMDALL_HTTP2_MAX_CONCURRENT_STREAMS: '7', HEIMDALL_MAX_HEADER_BYTES: '4096' },
    });
  });
  afterAll(() => limited.close());

  it('tells HTTP/2 clients how many streams they may open and how large their headers may be', async () => {
    const session = connectHttp2(limited.url);
    session.on('error', () => {});
    const settings = await new Promise<Settings>((resolve) => session.once('remoteSettings', resolve));
    expect(settings).toMatchObject({ maxConcurrentStreams: 7, maxHeaderListSize: 4096 });
    session.destroy();
  });

  it('refuses HTTP/1.1 headers larger than the limit', async () => {
    const hostile = await openHostileSocket(limited.url);
    hostile.socket.write(`GET /health HTTP/1.1\r\nhost: gateway\r\nx-padding: ${'a'.repeat(8192)}\r\n\r\n`);
    await hostile.closed(closesWithinMs);
    expect(hostile.received()).toMatch(/^HTTP\/1\.1 431/);
  });
});

describe('caps on concurrent connections', () => {
  let capped: GatewayHarness;
  beforeAll(async () => {
    capped = await startGatewayHarness({
      environment: { HEIMDALL_MAX_CONNECTIONS: '4', HEIMDALL_MAX_CONNECTIONS_PER_ADDRESS: '2' },
    });
  });
  afterAll(() => capped.close());

  /** Whether a new connection from `localAddress` is served: a health check answered, or the connection closed. */
  async function served(localAddress: string) {
    const hostile = await openHostileSocket(capped.url, localAddress);
    hostile.socket.write('GET /health HTTP/1.1\r\nhost: gateway\r\n\r\n');
    for (let wait = 0; wait < 200 && !hostile.isClosed && !hostile.received().includes('\r\n\r\n'); wait += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return { hostile, ok: hostile.received().startsWith('HTTP/1.1 200') };
  }

  it('refuses a client address its third connection, and takes it again once one closes', async () => {
    const first = await served('127.0.0.1');
    const second = await served('127.0.0.1');
    const third = await served('127.0.0.1');
    expect([first.ok, second.ok, third.ok]).toEqual([true, true, false]);
    await third.hostile.closed(closesWithinMs);

    first.hostile.socket.destroy();
    await first.hostile.closed(closesWithinMs);
    const again = await served('127.0.0.1');
    expect(again.ok).toBe(true);
    for (const { hostile } of [second, again]) hostile.socket.destroy();
  });

  it('refuses connections beyond the process-wide cap, whichever address they come from', async () => {
    const open = [await served('127.0.0.2'), await served('127.0.0.2'), await served('127.0.0.3')];
    const fourth = await served('127.0.0.3');
    const fifth = await served('127.0.0.4');
    expect([...open, fourth].map((connection) => connection.ok)).toEqual([true, true, true, true]);
    expect(fifth.ok).toBe(false);
    for (const { hostile } of [...open, fourth, fifth]) hostile.socket.destroy();
  });
});

describe('time limits and caps over TLS', () => {
  let certificate: SelfSignedCertificate;
  let secure: GatewayHarness;
  beforeAll(async () => {
    certificate = await createSelfSignedCertificate();
    secure = await startGatewayHarness({
      environment: limits,
      configFile: { server: { tls: { certFile: certificate.certFile, keyFile: certificate.keyFile } } },
    });
  });
  afterAll(() => secure.close());

  it('closes a connection that never starts its TLS handshake', async () => {
    const hostile = await openHostileSocket(secure.url);
    await hostile.closed(closesWithinMs);
  });

  it('closes an HTTP/2 session over TLS that opens no stream', async () => {
    const session = connectHttp2(secure.url, { ca: certificate.cert });
    session.on('error', () => {});
    await closedSession(session, closesWithinMs);
  });

  it('closes an HTTPS/1.1 connection whose headers never end', async () => {
    const socket = connectTls({
      host: '127.0.0.1',
      port: Number(new URL(secure.url).port),
      ca: certificate.cert,
      ALPNProtocols: ['http/1.1'],
    });
    socket.on('error', () => {});
    let received = '';
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
    });
    await new Promise((resolve) => socket.once('secureConnect', resolve));
    socket.write(`POST ${converse} HTTP/1.1\r\nhost: gateway\r\n`);
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    const timer = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('still open')), closesWithinMs));
    await Promise.race([closed, timer]);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });

  it('refuses a client address more connections than its cap', async () => {
    // Default time limits here, so that only the cap can close a connection during the test.
    const capped = await startGatewayHarness({
      environment: { HEIMDALL_MAX_CONNECTIONS_PER_ADDRESS: '2' },
      configFile: { server: { tls: { certFile: certificate.certFile, keyFile: certificate.keyFile } } },
    });
    try {
      const open = [await openHostileSocket(capped.url), await openHostileSocket(capped.url)];
      const third = await openHostileSocket(capped.url);
      // Well before the 10 s first-byte limit could close it.
      await third.closed(5_000);
      expect(open.every((hostile) => !hostile.isClosed)).toBe(true);
      for (const hostile of open) hostile.socket.destroy();
    } finally {
      await capped.close();
    }
  });
});
