import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the server received, as it arrived on the wire. */
export interface ReceivedRequest {
  method: string;
  /** The path exactly as sent, percent-encoding included. */
  rawPath: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** Resolves when the connection closes before the reply was finished: the client hung up. */
  clientHungUp: Promise<void>;
}

/** Answers one request; the body has been read already. */
export type LoopbackHandler = (request: ReceivedRequest, response: ServerResponse) => void | Promise<void>;

/** A real HTTP server on 127.0.0.1 with a random port, for tests of the client over the network. */
export interface LoopbackServer {
  baseUrl: string;
  /** Every request received so far, in order. */
  requests: ReceivedRequest[];
  /** Replaces the handler for the requests that follow. */
  handle(handler: LoopbackHandler): void;
  close(): Promise<void>;
}

export async function startLoopbackServer(): Promise<LoopbackServer> {
  let handler: LoopbackHandler = (_request, response) => {
    response.writeHead(500).end('no handler');
  };
  const requests: ReceivedRequest[] = [];
  const server = createServer(async (incoming, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const clientHungUp = new Promise<void>((resolve) => {
      response.on('close', () => {
        if (!response.writableFinished) resolve();
      });
    });
    const request: ReceivedRequest = {
      method: incoming.method ?? '',
      rawPath: incoming.url ?? '',
      headers: incoming.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      clientHungUp,
    };
    requests.push(request);
    try {
      await handler(request, response);
    } catch (error) {
      // A reply cut off by the client is what some tests are about; anything else is a broken test.
      if (!response.destroyed) throw error;
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    handle(next) {
      handler = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * Writes `bytes` as chunks of `chunkSize` bytes, each its own HTTP chunk, waiting between writes so that they are
 * not merged on the way; stops when the client hangs up.
 */
export async function writeInChunks(response: ServerResponse, bytes: Uint8Array, chunkSize: number): Promise<void> {
  for (let offset = 0; offset < bytes.length && !response.destroyed; offset += chunkSize) {
    const written = response.write(bytes.subarray(offset, offset + chunkSize));
    if (!written) await new Promise((resolve) => response.once('drain', resolve));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Starts an event-stream reply as Bedrock does. */
export function writeEventStreamHead(response: ServerResponse, requestId = 'request-loopback'): void {
  response.writeHead(200, {
    'content-type': 'application/vnd.amazon.eventstream',
    'x-amzn-requestid': requestId,
  });
  response.flushHeaders();
}
