/** `bytes` cut into chunks of `size` bytes (the last may be shorter). */
export function chunksOfSize(bytes: Uint8Array, size: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < bytes.length; start += size) chunks.push(bytes.subarray(start, start + size));
  return chunks;
}

/** A small seeded generator (mulberry32), so that a failing random cut can be replayed from its seed. */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** `bytes` cut at random places into chunks of 1 to `maxSize` bytes. */
export function randomChunks(bytes: Uint8Array, seed: number, maxSize = 300): Uint8Array[] {
  const random = createSeededRandom(seed);
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < bytes.length; ) {
    const size = 1 + Math.floor(random() * maxSize);
    chunks.push(bytes.subarray(start, start + size));
    start += size;
  }
  return chunks;
}

/** Many byte arrays as one. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let position = 0;
  for (const part of parts) {
    joined.set(part, position);
    position += part.length;
  }
  return joined;
}

/** A source that records how it is used: how many chunks were pulled and whether it was cancelled. */
export interface TrackedSource {
  stream: ReadableStream<Uint8Array>;
  iterable: AsyncIterable<Uint8Array>;
  readonly pulls: number;
  readonly cancelled: boolean;
}

/** `chunks` as a pull-based ReadableStream and as an async iterable, each counting pulls and noticing cancellation. */
export function createTrackedSource(chunks: readonly Uint8Array[]): TrackedSource {
  let pulls = 0;
  let cancelled = false;
  let next = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        pulls++;
        const chunk = chunks[next++];
        if (chunk) controller.enqueue(chunk);
        else controller.close();
      },
      cancel() {
        cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  const iterable: AsyncIterable<Uint8Array> = {
    [Symbol.asyncIterator]: () => ({
      async next() {
        pulls++;
        const chunk = chunks[next++];
        return chunk ? { done: false, value: chunk } : { done: true, value: undefined };
      },
      async return() {
        cancelled = true;
        return { done: true, value: undefined };
      },
    }),
  };
  return {
    stream,
    iterable,
    get pulls() {
      return pulls;
    },
    get cancelled() {
      return cancelled;
    },
  };
}

/** Everything an async iterable yields, in order. */
export async function collect<Item>(items: AsyncIterable<Item>): Promise<Item[]> {
  const collected: Item[] = [];
  for await (const item of items) collected.push(item);
  return collected;
}
