import { type ProfilePhase, phaseOf } from './profile-phase.js';

/**
 * The parts of a V8 CPU profile (`node --cpu-prof`, Chrome DevTools' `.cpuprofile`) this benchmark reads.
 * @see https://chromedevtools.github.io/devtools-protocol/tot/Profiler/#type-Profile
 */
export interface CpuProfile {
  nodes: CpuProfileNode[];
  /** Microseconds. */
  startTime: number;
  endTime: number;
  /** The node on top of the stack at each sample. */
  samples: number[];
  /** Microseconds since the previous sample, one per sample. */
  timeDeltas: number[];
}

export interface CpuProfileNode {
  id: number;
  callFrame: {
    functionName: string;
    /** `file:///…`, `node:internal/…`, or empty for the VM's own entries. */
    url: string;
    /** 0-based, the function's start. */
    lineNumber: number;
    columnNumber: number;
  };
  children?: number[];
}

/** Where a function is, as a reader would look it up: a source file and a 1-based line. */
export interface CodeLocation {
  file: string;
  line: number;
}

/** One function's share of the profile. */
export interface HotSpot {
  functionName: string;
  location: string;
  /** Group the function belongs to (a package, the gateway, Node itself). */
  module: string;
  milliseconds: number;
  /** Share of the busy (non-idle) time. */
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  idleMs: number;
  garbageCollectionMs: number;
  /** By time spent in the function itself, busiest first. */
  selfTime: HotSpot[];
  /** By time spent in the function and everything it called, busiest first; only the project's own code. */
  inclusiveTime: HotSpot[];
  /** Self time summed per module, busiest first. */
  byModule: Array<{ module: string; milliseconds: number; share: number }>;
  /** Busy time summed per phase (see {@link phaseOf}), busiest first. */
  byPhase: Array<{ phase: ProfilePhase; milliseconds: number; share: number }>;
}

/** How a profile's script URLs and positions become readable places; given by the caller (source maps, paths). */
export interface LocationResolver {
  /** The source place of a position in a script (0-based line and column as in the profile). */
  locate(url: string, line: number, column: number): CodeLocation;
  /** A short group name for a script URL: a package name, `gateway`, `node`. */
  moduleOf(url: string): string;
  /** Whether the URL belongs to the project itself (for the inclusive list). */
  isProjectCode(url: string): boolean;
}

const vmEntries = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

/**
 * Sums a CPU profile per function, per own-code function with callees, and per module. Time is the sum of the
 * sampling intervals that found the function on top of the stack (self) or anywhere on it (inclusive, counted once
 * per sample even under recursion).
 */
export function summarizeCpuProfile(
  profile: CpuProfile,
  resolver: LocationResolver,
  { limit = 25 }: { limit?: number } = {},
): ProfileSummary {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);

  const spots = new Map<string, Omit<HotSpot, 'milliseconds' | 'share'>>();
  const keyOf = (node: CpuProfileNode): string => {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const key = `${functionName}@${url}:${lineNumber}:${columnNumber}`;
    if (!spots.has(key)) {
      const name = functionName || '(anonymous)';
      const isVm = url === '' && vmEntries.has(functionName);
      const located = url === '' ? undefined : resolver.locate(url, lineNumber, columnNumber);
      spots.set(key, {
        functionName: name,
        location: located ? `${located.file}:${located.line}` : isVm ? '' : '(native)',
        module: url === '' ? (isVm ? 'vm' : 'native') : resolver.moduleOf(url),
      });
    }
    return key;
  };

  const self = new Map<string, number>();
  const phases = new Map<ProfilePhase, number>();
  const inclusive = new Map<string, number>();
  let totalMicroseconds = 0;
  let idleMicroseconds = 0;
  let garbageMicroseconds = 0;
  for (const [index, nodeId] of profile.samples.entries()) {
    const delta = profile.timeDeltas[index] ?? 0;
    const node = nodes.get(nodeId);
    if (node === undefined) continue;
    totalMicroseconds += delta;
    if (node.callFrame.functionName === '(idle)') {
      idleMicroseconds += delta;
      continue;
    }
    if (node.callFrame.functionName === '(garbage collector)') garbageMicroseconds += delta;
    const key = keyOf(node);
    self.set(key, (self.get(key) ?? 0) + delta);
    const stack: CpuProfileNode['callFrame'][] = [];
    const seen = new Set<string>();
    for (let current: CpuProfileNode | undefined = node; current; current = nodes.get(parents.get(current.id) ?? -1)) {
      stack.push(current.callFrame);
      if (!resolver.isProjectCode(current.callFrame.url)) continue;
      const ancestorKey = keyOf(current);
      if (seen.has(ancestorKey)) continue;
      seen.add(ancestorKey);
      inclusive.set(ancestorKey, (inclusive.get(ancestorKey) ?? 0) + delta);
    }
    const phase = phaseOf(stack);
    phases.set(phase, (phases.get(phase) ?? 0) + delta);
  }

  const busyMicroseconds = Math.max(1, totalMicroseconds - idleMicroseconds);
  const ranked = (times: Map<string, number>): HotSpot[] =>
    [...times.entries()]
      .sort((left, right) => right[1] - left[1])
      .slice(0, limit)
      .flatMap(([key, microseconds]) => {
        const spot = spots.get(key);
        return spot ? [{ ...spot, milliseconds: microseconds / 1000, share: microseconds / busyMicroseconds }] : [];
      });
  const modules = new Map<string, number>();
  for (const [key, microseconds] of self) {
    const module = spots.get(key)?.module ?? 'unknown';
    modules.set(module, (modules.get(module) ?? 0) + microseconds);
  }
  const shares = <K>(times: Map<K, number>) =>
    [...times.entries()]
      .sort((left, right) => right[1] - left[1])
      .map(([name, microseconds]) => ({
        name,
        milliseconds: microseconds / 1000,
        share: microseconds / busyMicroseconds,
      }));
  return {
    byPhase: shares(phases).map(({ name, ...time }) => ({ phase: name, ...time })),
    totalMs: totalMicroseconds / 1000,
    idleMs: idleMicroseconds / 1000,
    garbageCollectionMs: garbageMicroseconds / 1000,
    selfTime: ranked(self),
    inclusiveTime: ranked(inclusive),
    byModule: [...modules.entries()]
      .sort((left, right) => right[1] - left[1])
      .map(([module, microseconds]) => ({
        module,
        milliseconds: microseconds / 1000,
        share: microseconds / busyMicroseconds,
      })),
  };
}
