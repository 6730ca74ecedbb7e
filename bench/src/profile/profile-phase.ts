import type { CpuProfileNode } from './cpu-profile.js';

/** What a process was doing at a sample, named by where the work came from rather than by the function on top. */
export type ProfilePhase =
  | 'socket writes (the system call)'
  | 'garbage collection'
  | 'loading code (start-up)'
  | 'reading upstream replies (HTTP client, translation)'
  | 'ends of streams (last events, log line, metrics)'
  | 'taking requests (HTTP server, routing)'
  | 'promise jobs (handlers, encoding, writing)'
  | 'timers and immediates (flushing writes)'
  | 'other callbacks'
  | 'other';

type Frame = CpuProfileNode['callFrame'];

const socketWrites = new Set(['writev', 'writeUtf8String', 'writeLatin1String', 'writeBuffer', 'writeAsciiString']);
/**
 * A reply's bytes being read: straight from the HTTP client's socket callback, or from a paused stream resumed
 * (its buffered chunks flow out on a later tick; request bodies are read this way too, a small share).
 */
const isReading = (frame: Frame) =>
  (frame.url === 'node:_http_client' && frame.functionName === 'socketOnData') ||
  (frame.url === 'node:internal/streams/readable' &&
    (frame.functionName === 'resume_' || frame.functionName === 'flow'));

// In the order they are tried: the first that fits the stack, from the sample's own frame down, names the phase.
const byAncestor: [ProfilePhase, (frame: Frame) => boolean][] = [
  ['loading code (start-up)', (frame) => frame.url.startsWith('node:internal/modules/')],
  ['reading upstream replies (HTTP client, translation)', (frame) => isReading(frame)],
  [
    'ends of streams (last events, log line, metrics)',
    (frame) => frame.url === 'node:internal/streams/readable' && frame.functionName === 'endReadableNT',
  ],
  [
    'taking requests (HTTP server, routing)',
    (frame) =>
      frame.url === 'node:_http_server' ||
      (frame.url === 'node:_http_common' && frame.functionName === 'parserOnHeadersComplete'),
  ],
  ['promise jobs (handlers, encoding, writing)', (frame) => frame.functionName === 'runMicrotasks' && frame.url === ''],
  [
    'timers and immediates (flushing writes)',
    (frame) =>
      frame.url === 'node:internal/timers' &&
      (frame.functionName === 'processImmediate' || frame.functionName === 'processTimers'),
  ],
  ['other callbacks', (frame) => frame.functionName === 'processTicksAndRejections'],
];

/**
 * The phase of one sample, from its stack (the sampled frame first, then its callers). A socket write on top is
 * counted as the system call it is, whoever called it: on loopback it carries the kernel's delivery to the reader,
 * the dearest single step of a chunk.
 */
export function phaseOf(stack: readonly Frame[]): ProfilePhase {
  const top = stack[0];
  if (top && top.url === '' && socketWrites.has(top.functionName)) return 'socket writes (the system call)';
  if (top && top.url === '' && top.functionName === '(garbage collector)') return 'garbage collection';
  for (const [phase, matches] of byAncestor) if (stack.some(matches)) return phase;
  return 'other';
}
