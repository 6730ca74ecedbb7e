import { type EnvironmentVariable, parseBoolean, parseWholeNumber } from './environment-variable.js';

/** Where the config file is, if not in the working directory; the only variable that is not a setting. */
export const configFileVariable = 'HEIMDALL_CONFIG';

/**
 * `secret` or `id:secret`, comma-separated; an id lets AWS SigV4 clients use the key as access key id and secret key.
 * A malformed entry is kept as what it seems to say (an empty id or secret), for the schema to reject.
 */
function parseGatewayKeys(text: string): unknown {
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const separator = entry.indexOf(':');
      if (separator === -1) return { secret: entry };
      return { id: entry.slice(0, separator), secret: entry.slice(separator + 1) };
    });
}

/** `on` / `off` as well as `true` / `false`, as an operator would write a switch. */
function parseSwitch(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === 'on') return true;
  if (trimmed === 'off') return false;
  return parseBoolean(trimmed);
}

/** `NODE_ENV=test` silences the log unless `LOG_LEVEL` asks otherwise, so test runs stay readable. */
const quietUnderTest = (text: string) => (text === 'test' ? 'silent' : undefined);

/** The gateway's own environment variables; each provider lists its own in its descriptor. */
export const gatewayEnvironment: readonly EnvironmentVariable[] = [
  { name: 'HOST', path: ['server', 'host'] },
  { name: 'PORT', path: ['server', 'port'], parse: parseWholeNumber },
  { name: 'HEIMDALL_API_KEYS', path: ['gatewayKeys'], parse: parseGatewayKeys },
  { name: 'HEIMDALL_TLS_CERT_FILE', path: ['server', 'tls', 'certFile'] },
  { name: 'HEIMDALL_TLS_KEY_FILE', path: ['server', 'tls', 'keyFile'] },
  { name: configFileVariable },
  { name: 'HEIMDALL_BODY_LIMIT_BYTES', path: ['server', 'bodyLimitBytes'], parse: parseWholeNumber },
  { name: 'HEIMDALL_FIRST_BYTE_TIMEOUT_MS', path: ['timeouts', 'firstByteMs'], parse: parseWholeNumber },
  { name: 'HEIMDALL_IDLE_TIMEOUT_MS', path: ['timeouts', 'idleMs'], parse: parseWholeNumber },
  { name: 'HEIMDALL_MAX_RETRIES', path: ['retries', 'max'], parse: parseWholeNumber },
  { name: 'HEIMDALL_SHUTDOWN_GRACE_MS', path: ['server', 'shutdownGraceMs'], parse: parseWholeNumber },
  { name: 'HEIMDALL_REQUEST_TIME_BUDGET_MS', path: ['server', 'requestTimeBudgetMs'], parse: parseWholeNumber },
  { name: 'HEIMDALL_ATTEMPT_BUDGET_MS', path: ['server', 'attemptBudgetMs'], parse: parseWholeNumber },
  { name: 'HEIMDALL_SIGV4_REGION', path: ['sigv4', 'region'] },
  { name: 'HEIMDALL_SIGV4_SERVICE', path: ['sigv4', 'service'] },
  { name: 'HEIMDALL_SIGV4_ALLOW_UNSIGNED_PAYLOAD', path: ['sigv4', 'allowUnsignedPayload'], parse: parseBoolean },
  { name: 'HEIMDALL_DOCS_DIR', path: ['docsDirectory'] },
  {
    name: 'HEIMDALL_CONNECTION_FIRST_BYTE_TIMEOUT_MS',
    path: ['server', 'connections', 'firstByteTimeoutMs'],
    parse: parseWholeNumber,
  },
  { name: 'HEIMDALL_HEADERS_TIMEOUT_MS', path: ['server', 'connections', 'headersTimeoutMs'], parse: parseWholeNumber },
  { name: 'HEIMDALL_REQUEST_TIMEOUT_MS', path: ['server', 'connections', 'requestTimeoutMs'], parse: parseWholeNumber },
  {
    name: 'HEIMDALL_KEEP_ALIVE_TIMEOUT_MS',
    path: ['server', 'connections', 'keepAliveTimeoutMs'],
    parse: parseWholeNumber,
  },
  { name: 'HEIMDALL_MAX_CONNECTIONS', path: ['server', 'connections', 'maxConnections'], parse: parseWholeNumber },
  {
    name: 'HEIMDALL_MAX_CONNECTIONS_PER_ADDRESS',
    path: ['server', 'connections', 'maxConnectionsPerAddress'],
    parse: parseWholeNumber,
  },
  {
    name: 'HEIMDALL_HTTP2_MAX_CONCURRENT_STREAMS',
    path: ['server', 'connections', 'maxConcurrentStreams'],
    parse: parseWholeNumber,
  },
  { name: 'HEIMDALL_MAX_HEADER_BYTES', path: ['server', 'connections', 'maxHeaderBytes'], parse: parseWholeNumber },
  { name: 'HEIMDALL_METRICS_PORT', path: ['metrics', 'port'], parse: parseWholeNumber },
  { name: 'HEIMDALL_METRICS_KEY', path: ['metrics', 'key'] },
  { name: 'HEIMDALL_DATABASE_URL', path: ['database', 'url'] },
  { name: 'HEIMDALL_REQUEST_LOG', path: ['requestLog', 'enabled'], parse: parseSwitch },
  { name: 'HEIMDALL_REQUEST_LOG_RETENTION_DAYS', path: ['requestLog', 'retentionDays'], parse: parseWholeNumber },
  { name: 'HEIMDALL_REDIS_URL', path: ['counters', 'redisUrl'] },
  { name: 'HEIMDALL_LIMITS_FAIL_MODE', path: ['counters', 'failMode'] },
  { name: 'HEIMDALL_LIMITS_REPLICAS', path: ['counters', 'replicas'], parse: parseWholeNumber },
  { name: 'HEIMDALL_LIMITS_WINDOWS', path: ['counters', 'windows'] },
  { name: 'HEIMDALL_LIMITS_LEASE_MS', path: ['counters', 'leaseMs'], parse: parseWholeNumber },
  { name: 'LOG_LEVEL', path: ['logLevel'] },
  { name: 'NODE_ENV', path: ['logLevel'], parse: quietUnderTest },
];
