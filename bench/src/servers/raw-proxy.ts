import { Agent, createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Headers about one connection, which a proxy must not forward to the next one. */
const hopByHopHeaders = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
]);

function endToEndHeaders(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const kept: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!hopByHopHeaders.has(name)) kept[name] = value;
  }
  return kept;
}

/** A running raw proxy. */
export interface RawProxy {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The smallest honest HTTP proxy Node allows: `node:http` in, `node:http` out over keep-alive connections, bodies
 * piped both ways without being parsed. What it costs is the floor for any gateway written in Node.
 */
export async function createRawProxy({ upstreamUrl }: { upstreamUrl: string }): Promise<RawProxy> {
  const upstream = new URL(upstreamUrl);
  const agent = new Agent({ keepAlive: true, keepAliveMsecs: 30_000 });
  const server: Server = createServer((incoming, outgoing) => {
    const forwarded = request(
      {
        agent,
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...endToEndHeaders(incoming.headers), host: upstream.host },
      },
      (reply) => {
        outgoing.writeHead(reply.statusCode ?? 502, endToEndHeaders(reply.headers));
        reply.pipe(outgoing);
      },
    );
    forwarded.setNoDelay(true);
    forwarded.on('error', (error) => {
      if (outgoing.headersSent) {
        outgoing.destroy(error);
        return;
      }
      outgoing.writeHead(502, { 'content-type': 'text/plain' });
      outgoing.end(`Upstream failure: ${error.message}`);
    });
    // A client that leaves mid-stream must not leave the upstream streaming into nothing.
    outgoing.on('close', () => {
      if (!outgoing.writableFinished) forwarded.destroy();
    });
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
