import { once } from 'node:events';
import { createServer, get, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type BodyTranslation, UpstreamBody } from './upstream-body.js';

type Handler = (response: ServerResponse) => void;

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A real reply from a real server, so the body is Node's own IncomingMessage with its socket. */
async function replyOf(handler: Handler): Promise<IncomingMessage> {
  const server = createServer((_request, response) => handler(response));
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const request = get(`http://127.0.0.1:${port}/`);
  const [response] = (await once(request, 'response')) as [IncomingMessage];
  return response;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 30));

/** Each chunk as text, upper-cased, and `end` at the end: a translation whose every step can be seen. */
function recordingTranslation(): BodyTranslation<string> & { chunks: number } {
  const translation = {
    chunks: 0,
    chunk(bytes: Buffer, emit: (value: string) => void) {
      translation.chunks += 1;
      emit(bytes.toString().toUpperCase());
    },
    end(emit: (value: string) => void) {
      emit('end');
    },
  };
  return translation;
}

async function readAll<T>(values: AsyncIterable<T>): Promise<T[]> {
  const read: T[] = [];
  for await (const value of values) read.push(value);
  return read;
}

describe('an upstream body', () => {
  it('keeps its first chunk until a translation is chosen, then translates every chunk and the end', async () => {
    const response = await replyOf((reply) => {
      reply.write('first');
      setTimeout(() => reply.end('second'), 20);
    });
    const body = new UpstreamBody(response);
    await body.started;
    await tick();
    const values = await readAll(body.translate(recordingTranslation()));
    expect(values.join('')).toBe('FIRSTSECONDend');
  });

  it('reads a plain body as its chunks', async () => {
    const response = await replyOf((reply) => reply.end('all of it'));
    const body = new UpstreamBody(response);
    await body.started;
    const chunks = await readAll(body);
    expect(Buffer.concat(chunks).toString()).toBe('all of it');
  });

  it('pauses the upstream while a translated value waits for its reader', async () => {
    let written = 0;
    const response = await replyOf((reply) => {
      const chunk = 'x'.repeat(64 * 1024);
      const writeMore = () => {
        while (written < 200) {
          written += 1;
          if (!reply.write(chunk)) {
            reply.once('drain', writeMore);
            return;
          }
        }
        reply.end();
      };
      writeMore();
    });
    const body = new UpstreamBody(response);
    await body.started;
    const translation = recordingTranslation();
    const values = body.translate(translation);
    await values.next();
    await tick();
    // What the socket buffers is not read: the translation saw a chunk or two, the server is held up.
    expect(translation.chunks).toBeLessThan(4);
    expect(written).toBeLessThan(200);
    await values.return?.();
  });

  it('hands out what was translated before a failure, then the failure, as the translation names it', async () => {
    const response = await replyOf((reply) => {
      reply.write('one');
      setTimeout(() => reply.socket?.destroy(), 20);
    });
    const body = new UpstreamBody(response);
    await body.started;
    const values = body.translate({
      ...recordingTranslation(),
      failure: (error) => new Error(`cut: ${String(error)}`),
    });
    expect(await values.next()).toEqual({ value: 'ONE', done: false });
    await expect(values.next()).rejects.toThrow(/^cut: /);
    expect(await values.next()).toEqual({ value: undefined, done: true });
  });

  it('throws a translation’s own failure after the values it emitted, and lets the reply go', async () => {
    const response = await replyOf((reply) => reply.write('boom'));
    const body = new UpstreamBody(response);
    await body.started;
    const values = body.translate<string>({
      chunk(bytes, emit) {
        emit('before');
        throw new Error(`cannot read ${bytes.toString()}`);
      },
      end() {},
      failure: () => new Error('not this one'),
    });
    expect(await values.next()).toEqual({ value: 'before', done: false });
    await expect(values.next()).rejects.toThrow('cannot read boom');
    expect(response.destroyed).toBe(true);
  });

  it('destroys the reply when its reader stops early, so its socket is let go at once', async () => {
    let serverSawClose = false;
    const response = await replyOf((reply) => {
      reply.write('start');
      reply.on('close', () => {
        serverSawClose = true;
      });
    });
    const body = new UpstreamBody(response);
    await body.started;
    const values = body.translate(recordingTranslation());
    await values.next();
    const pending = values.next();
    await values.return?.();
    expect(await pending).toEqual({ value: undefined, done: true });
    await tick();
    expect(response.destroyed).toBe(true);
    expect(serverSawClose).toBe(true);
  });

  it('rejects `started` when the reply fails before its first chunk', async () => {
    const response = await replyOf((reply) => {
      reply.flushHeaders();
      setTimeout(() => reply.socket?.destroy(), 10);
    });
    const body = new UpstreamBody(response);
    await expect(body.started).rejects.toThrow();
  });

  it('hands values to callbacks: at once when one is waiting, else from the data callback as it is translated', async () => {
    let finish: () => void = () => {};
    const response = await replyOf((reply) => {
      reply.write('one');
      finish = () => reply.end('two');
    });
    const body = new UpstreamBody(response);
    await body.started;
    const values = body.translate(recordingTranslation());
    const read: unknown[] = [];
    const fail = (error: unknown) => read.push(error);
    body.nextInto((result) => read.push(result), fail);
    // The first chunk was waiting: handed over in the same call.
    expect(read).toEqual([{ value: 'ONE', done: false }]);
    const next = new Promise<void>((resolve) =>
      body.nextInto((result) => {
        read.push(result);
        resolve();
      }, fail),
    );
    finish();
    await next;
    expect(read.at(-1)).toEqual({ value: 'TWO', done: false });
    expect(await values.next()).toEqual({ value: 'end', done: false });
  });
});
