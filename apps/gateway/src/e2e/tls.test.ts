import { execFile } from 'node:child_process';
import { connect } from 'node:http2';
import { Agent, request } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { decodeFrames } from '@heimdall/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converseBody, textOf } from '../test-support/converse-over-fetch.js';
import { type GatewayHarness, startGatewayHarness } from '../test-support/gateway-harness.js';
import { createSelfSignedCertificate, type SelfSignedCertificate } from '../test-support/self-signed-certificate.js';

const path = '/bedrock/model/openai%2Fsecure/converse-stream';
const healthProbe = fileURLToPath(new URL('../../dist/health-probe.js', import.meta.url));
const run = promisify(execFile);
const headers = { 'content-type': 'application/json' };

interface Exchange {
  protocol: string | false | null | undefined;
  status: number | undefined;
  contentType: string | undefined;
  body: Buffer;
}

/** One ConverseStream request over HTTP/2 on TLS, trusting only the test's certificate. */
function overHttp2(url: string, ca: string): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const session = connect(url, { ca });
    session.once('error', reject);
    const stream = session.request({ ':method': 'POST', ':path': path, ...headers });
    const chunks: Buffer[] = [];
    let response: Record<string, unknown> = {};
    stream.on('response', (received) => {
      response = received;
    });
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.once('error', reject);
    stream.once('end', () => {
      resolve({
        protocol: session.alpnProtocol,
        status: Number(response[':status']),
        contentType: String(response['content-type']),
        body: Buffer.concat(chunks),
      });
      session.close();
    });
    stream.end(converseBody());
  });
}

/** One ConverseStream request over HTTPS/1.1, offering only http/1.1 by ALPN. */
function overHttps1(url: string, ca: string): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const agent = new Agent({ ca, ALPNProtocols: ['http/1.1'] });
    const outgoing = request(`${url}${path}`, { method: 'POST', headers, agent });
    outgoing.once('close', () => agent.destroy());
    outgoing.once('error', reject);
    outgoing.once('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.once('error', reject);
      response.once('end', () =>
        resolve({
          protocol: (response.socket as TLSSocket).alpnProtocol,
          status: response.statusCode,
          contentType: response.headers['content-type'],
          body: Buffer.concat(chunks),
        }),
      );
    });
    outgoing.end(converseBody());
  });
}

let certificate: SelfSignedCertificate;
let harness: GatewayHarness;
beforeAll(async () => {
  certificate = await createSelfSignedCertificate();
  harness = await startGatewayHarness({
    configFile: { server: { tls: { certFile: certificate.certFile, keyFile: certificate.keyFile } } },
  });
  harness.mock.scriptFor('secure', {
    steps: [
      { type: 'text', text: 'over ' },
      { type: 'text', text: 'TLS' },
    ],
  });
});
afterAll(() => harness.close());

describe('TLS with ALPN', () => {
  it.each([
    ['h2', overHttp2],
    ['http/1.1', overHttps1],
  ])('a %s client gets a streamed reply', async (protocol, send) => {
    expect(harness.url).toMatch(/^https:/);
    const exchange = await send(harness.url, certificate.cert);
    expect(exchange.protocol).toBe(protocol);
    expect(exchange.status).toBe(200);
    expect(exchange.contentType).toBe('application/vnd.amazon.eventstream');
    const frames = await decodeFrames(new Uint8Array(exchange.body));
    expect(textOf(frames)).toBe('over TLS');
    expect(frames.at(-1)?.eventType).toBe('metadata');
  });

  it('a client that does not trust the certificate cannot connect', async () => {
    await expect(overHttps1(harness.url, '')).rejects.toThrow(/self.signed|certificate/i);
  });
});

describe("the container's health check", () => {
  const probeEnvironment = (port: string) => ({
    PATH: process.env.PATH,
    HOST: '0.0.0.0',
    PORT: port,
    HEIMDALL_TLS_CERT_FILE: certificate.certFile,
    HEIMDALL_TLS_KEY_FILE: certificate.keyFile,
  });

  it('passes against a gateway serving TLS, asking over HTTPS', async () => {
    const { port } = new URL(harness.url);
    await expect(run(process.execPath, [healthProbe], { env: probeEnvironment(port) })).resolves.toBeDefined();
  });

  it('fails when no gateway answers on the port', async () => {
    await expect(run(process.execPath, [healthProbe], { env: probeEnvironment('1') })).rejects.toMatchObject({
      code: 1,
    });
  });
});
