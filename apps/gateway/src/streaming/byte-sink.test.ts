import { once } from 'node:events';
import { createServer, get, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import { connect, createServer as createHttp2Server, type Http2ServerResponse } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { StreamOutcome } from '../app/handlers/stream-hold.js';
import { responseSink } from './byte-sink.js';
import { writeEventStream } from './write-event-stream.js';

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A real response for `handler` to write to, and the client's side of it, not yet read. */
async function exchange(handler: (response: ServerResponse) => void): Promise<IncomingMessage> {
  const server = createServer((_request, response) => handler(response));
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const [reply] = (await once(get(`http://127.0.0.1:${port}/`), 'response')) as [IncomingMessage];
  return reply;
}

async function bodyOf(reply: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of reply) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe("a sink on Node's response", () => {
  it('calls back once a first write the socket could not take has drained', async () => {
    const big = Buffer.alloc(8 * 1024 * 1024, 1);
    let accepted: boolean | undefined;
    let drained = false;
    const reply = await exchange((response) => {
      const sink = responseSink(response, 200, { 'content-type': 'application/octet-stream' });
      accepted = sink.write(big);
      sink.onDrain(() => {
        drained = true;
        sink.write(Buffer.from('after'));
        sink.end();
      });
    });
    expect(accepted).toBe(false);
    const body = await bodyOf(reply);
    expect(drained).toBe(true);
    expect(body.length).toBe(big.length + 'after'.length);
  });

  it('sends what is gathered after the first write, in order, when it ends', async () => {
    const reply = await exchange((response) => {
      const sink = responseSink(response, 200, { 'content-type': 'text/plain' });
      for (const part of ['a', 'b', 'c', 'd']) sink.write(Buffer.from(part));
      sink.end();
    });
    expect(reply.statusCode).toBe(200);
    expect((await bodyOf(reply)).toString()).toBe('abcd');
  });

  it('calls back after the flush when the gathered bytes pass the high-water mark', async () => {
    const reply = await exchange((response) => {
      const sink = responseSink(response, 200, {});
      sink.write(Buffer.from('first'));
      const more = sink.write(Buffer.alloc(64 * 1024, 2));
      expect(more).toBe(false);
      sink.onDrain(() => {
        sink.write(Buffer.from('last'));
        sink.end();
      });
    });
    const body = await bodyOf(reply);
    expect(body.length).toBe(5 + 64 * 1024 + 4);
    expect(body.subarray(-4).toString()).toBe('last');
  });

  describe('a client gone before its stream began', () => {
    /** A source that sent its first batch and then waits for ever, as a stalled upstream would. */
    function stalledBatches() {
      let sent = false;
      return {
        [Symbol.asyncIterator]: () => ({
          next: () => {
            if (sent) return new Promise<never>(() => {});
            sent = true;
            return Promise.resolve({ value: { events: [] }, done: false as const });
          },
          return: () => Promise.resolve({ value: undefined, done: true as const }),
        }),
      };
    }
    /** Writes a stream to a response whose client has already gone; resolves with how the stream ended. */
    const streamTo = (response: ServerResponse | Http2ServerResponse) =>
      new Promise<StreamOutcome>((resolve) => {
        writeEventStream(responseSink(response, 200, { 'content-type': 'text/plain' }), {
          batches: stalledBatches(),
          encoding: {
            contentType: 'text/plain',
            encodeBatch: () => Buffer.from('x'),
            encodeFailure: () => Buffer.from('failed'),
          },
          shutdownSignal: new AbortController().signal,
          onBatch: () => {},
          onEnd: resolve,
        });
      });
    // The bound only catches a stream that never ends; it is no measure of speed.
    const withinASecond = <T>(promise: Promise<T>) =>
      Promise.race([promise, new Promise<'never ended'>((resolve) => setTimeout(() => resolve('never ended'), 1_000))]);

    it('ends as cancelled over HTTP/1.1', async () => {
      let outcome: Promise<StreamOutcome> | undefined;
      const server = createServer((_request, response) => {
        response.once('close', () => {
          outcome = streamTo(response);
        });
      });
      servers.push(server);
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      const client = request({ port: (server.address() as AddressInfo).port, host: '127.0.0.1', method: 'POST' });
      client.on('error', () => {});
      client.end('{}');
      await new Promise((resolve) => setTimeout(resolve, 100));
      client.destroy();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await withinASecond(outcome ?? Promise.reject(new Error('no request arrived')))).toEqual({
        cancelled: true,
      });
    });

    it('ends as cancelled over HTTP/2', async () => {
      let outcome: Promise<StreamOutcome> | undefined;
      const server = createHttp2Server((_request, response) => {
        response.once('close', () => {
          outcome = streamTo(response);
        });
      });
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      const session = connect(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      try {
        const stream = session.request({ ':method': 'POST', ':path': '/' });
        stream.on('error', () => {});
        stream.end('{}');
        await new Promise((resolve) => setTimeout(resolve, 100));
        stream.close();
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(await withinASecond(outcome ?? Promise.reject(new Error('no request arrived')))).toEqual({
          cancelled: true,
        });
      } finally {
        session.close();
        await new Promise((resolve) => server.close(resolve));
      }
    });
  });
});
