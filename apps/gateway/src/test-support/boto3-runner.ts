import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./boto3-converse.py', import.meta.url));

/** Why boto3 tests cannot run on this machine, or undefined when python3 with boto3 is there. */
export function boto3Unavailable(): string | undefined {
  const probe = spawnSync('python3', ['-c', 'import boto3'], { encoding: 'utf8' });
  if (probe.error) return `python3 is not installed (${probe.error.message})`;
  if (probe.status !== 0) {
    const reason = probe.stderr.trim().split('\n').at(-1);
    return `python3 cannot import boto3 (${reason}); pip install boto3 to run these tests`;
  }
  return undefined;
}

/** One call boto3 makes; see boto3-converse.py. */
export interface Boto3Call {
  operation: 'converse_stream' | 'converse';
  modelId: string;
  messages: unknown[];
  toolConfig?: unknown;
}

/** What boto3 returned for a call: the stream's events, the whole reply, or the error it raised. */
export interface Boto3Outcome {
  events?: Record<string, Record<string, unknown>>[];
  requestId?: string;
  /** The reply's `x-heimdall-*` headers, as boto3's `ResponseMetadata.HTTPHeaders` has them. */
  headers?: Record<string, string>;
  reply?: Record<string, unknown>;
  error?: { code: string; message: string; status: number | null };
}

/** Runs boto3's bedrock-runtime client against `endpoint` in a Python process and returns each call's outcome. */
export async function runBoto3(
  plan: { endpoint: string; calls: Boto3Call[] } & (
    | { accessKeyId: string; secretAccessKey: string }
    | { /** Sent as boto3 sends `AWS_BEARER_TOKEN_BEDROCK`. */ bearerToken: string }
  ),
): Promise<Boto3Outcome[]> {
  const child = spawn('python3', [script], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  child.stdin.end(JSON.stringify({ region: 'us-east-1', ...plan }));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`boto3-converse.py exited with ${code}:\n${stderr}`);
  return JSON.parse(stdout) as Boto3Outcome[];
}
