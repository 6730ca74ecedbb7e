import { accessSync, constants, statSync } from 'node:fs';
import { z } from 'zod';
import { milliseconds, wholeNumber } from './numbers.js';

const portMessage = 'must be a port number from 1 to 65535 (or 0 for any free port)';

/** A file the gateway must read at start-up; relative paths are relative to the working directory. */
const readableFile = z
  .string({
    error: (issue) => (issue.input === undefined ? 'is required: a certificate goes with its key' : undefined),
  })
  .min(1, { error: 'must not be empty' })
  .superRefine((path, context) => {
    const problem = fileProblem(path);
    if (problem) context.addIssue({ code: 'custom', message: `cannot read ${path}: ${problem}` });
  });

function fileProblem(path: string): string | undefined {
  try {
    if (!statSync(path).isFile()) return 'it is not a file';
    accessSync(path, constants.R_OK);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EACCES') return 'permission denied';
    return code ?? 'unreadable';
  }
}

/** Where and how the gateway listens. */
export const serverSchema = z.strictObject({
  host: z.string().min(1, { error: 'must not be empty' }).default('127.0.0.1'),
  port: wholeNumber().min(0, { error: portMessage }).max(65535, { error: portMessage }).default(8080),
  /** Amazon Bedrock's own limit on a Converse request body. */
  bodyLimitBytes: wholeNumber()
    .positive({ error: 'must be a positive number of bytes' })
    .default(20 * 1024 * 1024),
  /** How long streams in flight may finish after SIGTERM. */
  shutdownGraceMs: milliseconds().default(25_000),
  /** Serve HTTPS, with ALPN offering HTTP/2 and HTTP/1.1. */
  tls: z.strictObject({ certFile: readableFile, keyFile: readableFile }).optional(),
});

export type ServerSettings = z.output<typeof serverSchema>;
