import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** Where Debian's postgresql package puts the server's programs: the newest installed version's. */
const binDirectory = process.env.HEIMDALL_TEST_POSTGRES_BIN ?? newestInstalledVersion('/usr/lib/postgresql');

function newestInstalledVersion(root: string): string {
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return join(root, versions[0] ?? '15', 'bin');
}

/** A PostgreSQL server for tests: a database of its own for each caller, and a way to stop it. */
export interface PostgresServer {
  /** A connection URL over TCP on loopback to the server's maintenance database. */
  readonly url: string;
  /** Creates a database with a unique name and returns its URL. */
  createDatabase(): Promise<string>;
  /** Stops the server (when this process started it) and removes what it made. */
  stop(): Promise<void>;
}

/**
 * The server named by `HEIMDALL_TEST_POSTGRES_URL`, or a throwaway cluster in a temporary folder made with `initdb`
 * and `pg_ctl` on a free port. `undefined` when there is neither; under `CI=true` that is an error instead, so a CI
 * run never passes by skipping PostgreSQL.
 */
export async function startPostgresServer(): Promise<PostgresServer | undefined> {
  const given = process.env.HEIMDALL_TEST_POSTGRES_URL;
  if (given) return serverAt(given, async () => {});
  if (!postgresAvailable()) return undefined;
  return startThrowawayCluster();
}

/**
 * Whether PostgreSQL tests can run here: known before any test is collected, so that a suite is skipped as a whole.
 * Says loudly when they cannot, and throws under `CI=true`.
 */
export function postgresAvailable(): boolean {
  if (process.env.HEIMDALL_TEST_POSTGRES_URL || existsSync(join(binDirectory, 'initdb'))) return true;
  const problem = `PostgreSQL is not installed (no ${binDirectory}/initdb) and HEIMDALL_TEST_POSTGRES_URL is not set`;
  if (process.env.CI === 'true') throw new Error(`${problem}: install postgresql to run these tests`);
  process.stderr.write(`\n*** SKIPPING PostgreSQL tests: ${problem} ***\n\n`);
  return false;
}

async function startThrowawayCluster(): Promise<PostgresServer> {
  const directory = mkdtempSync(join(tmpdir(), 'heimdall-postgres-'));
  const dataDirectory = join(directory, 'data');
  // initdb refuses to run as root: the cluster then belongs to the postgres user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(directory, ...postgresUserIds());
  const postgres = (program: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(binDirectory, program), ...args])
      : run(join(binDirectory, program), args);
  const port = await freePort();
  await postgres('initdb', ['-D', dataDirectory, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k ${directory} -h 127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200`;
  await postgres('pg_ctl', ['-D', dataDirectory, '-o', options, '-w', '-l', join(directory, 'server.log'), 'start']);
  return serverAt(`postgres://postgres@127.0.0.1:${port}/postgres`, async () => {
    await postgres('pg_ctl', ['-D', dataDirectory, '-m', 'immediate', '-w', 'stop']).catch(() => {});
    rmSync(directory, { recursive: true, force: true });
  });
}

function serverAt(url: string, stop: () => Promise<void>): PostgresServer {
  return {
    url,
    async createDatabase() {
      const name = `heimdall_test_${randomBytes(6).toString('hex')}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      const databaseUrl = new URL(url);
      databaseUrl.pathname = `/${name}`;
      return databaseUrl.toString();
    },
    stop,
  };
}

/** The postgres OS user's ids, which own the cluster's folder when the tests run as root. */
function postgresUserIds(): [number, number] {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return [id('-u'), id('-g')];
}

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
