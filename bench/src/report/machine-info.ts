import { execFileSync } from 'node:child_process';
import { cpus, release, totalmem, type } from 'node:os';

/** The machine a benchmark ran on, as printed with its results. */
export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryBytes: number;
  nodeVersion: string;
  operatingSystem: string;
}

export function readMachineInfo(): MachineInfo {
  const processors = cpus();
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown CPU',
    cores: processors.length,
    memoryBytes: totalmem(),
    nodeVersion: process.version,
    operatingSystem: `${type()} ${release()}`,
  };
}

/** `Intel(R) Xeon(R) … , 2 cores, 23.5 GiB memory, Node v20.20.2, Linux 6.8.0`. */
export function describeMachine(machine: MachineInfo): string {
  const gibibytes = (machine.memoryBytes / 1024 ** 3).toFixed(1);
  return `${machine.cpuModel}, ${machine.cores} cores, ${gibibytes} GiB memory, Node ${machine.nodeVersion}, ${machine.operatingSystem}`;
}

/** The commit being measured, `-dirty` when the working tree has changes; `unknown` outside a git checkout. */
export function readRevision(directory: string): string {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], { cwd: directory, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}
