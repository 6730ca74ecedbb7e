import { Writable } from 'node:stream';

/** A log destination that keeps every JSON line, for tests that read what the gateway logged. */
export function createMemoryLog() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  return { destination, lines, raw };
}
