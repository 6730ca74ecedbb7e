import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './config-error.js';
import { loadConfig } from './load-config.js';

const emptyDirectory = () => mkdtempSync(join(tmpdir(), 'heimdall-config-problems-'));

/** A directory holding `heimdall.config.json` with `content`, and the file's path. */
function withConfigFile(content: unknown): { directory: string; file: string } {
  const directory = emptyDirectory();
  const file = join(directory, 'heimdall.config.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return { directory, file };
}

/** The lines of the error `loadConfig` throws, after its heading; fails when it throws none. */
function problemLines(environment: NodeJS.ProcessEnv, directory = emptyDirectory()): string[] {
  try {
    loadConfig(environment, directory);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const [heading, ...lines] = (error as ConfigError).message.split('\n');
    expect(heading).toMatch(/^Heimdall cannot start: its configuration has (a problem|\d+ problems)\.$/);
    return lines;
  }
  throw new Error('The configuration was accepted');
}

const openAi = { OPENAI_API_KEY: 'sk-test' };

describe('a configuration the gateway cannot run on is refused at start-up', () => {
  it('refuses a default provider that is not configured, naming the file and the setting', () => {
    const { directory, file } = withConfigFile({ defaultProvider: 'bedrok' });
    expect(problemLines({ ...openAi, AWS_REGION: 'eu-west-1' }, directory)).toEqual([
      `  - ${file}, defaultProvider: names the provider "bedrok", which is not configured (configured: openai, bedrock)`,
    ]);
  });

  it('refuses a base URL that is not a URL, naming the variable', () => {
    expect(problemLines({ OPENAI_BASE_URL: 'not-a-url' })).toEqual([
      '  - OPENAI_BASE_URL: must be an http:// or https:// URL, e.g. https://api.example.com/v1',
    ]);
  });

  it('holds the environment to the same limits as the file: at most 10 retries', () => {
    expect(problemLines({ HEIMDALL_MAX_RETRIES: '100' })).toEqual(['  - HEIMDALL_MAX_RETRIES: must be at most 10']);
    const { directory, file } = withConfigFile({ retries: { max: 100 } });
    expect(problemLines({}, directory)).toEqual([`  - ${file}, retries.max: must be at most 10`]);
  });

  it('refuses time limits that are not positive', () => {
    expect(problemLines({ HEIMDALL_FIRST_BYTE_TIMEOUT_MS: '0', HEIMDALL_IDLE_TIMEOUT_MS: 'soon' })).toEqual([
      '  - HEIMDALL_FIRST_BYTE_TIMEOUT_MS: must be a positive number of milliseconds',
      '  - HEIMDALL_IDLE_TIMEOUT_MS: must be a whole number',
    ]);
  });

  it('refuses a SigV4 switch other than true or false, a region that is not one, and a time budget of zero', () => {
    expect(
      problemLines({
        HEIMDALL_REQUEST_TIME_BUDGET_MS: '0',
        HEIMDALL_SIGV4_REGION: 'Europe',
        HEIMDALL_SIGV4_ALLOW_UNSIGNED_PAYLOAD: 'yes',
      }),
    ).toEqual([
      '  - HEIMDALL_REQUEST_TIME_BUDGET_MS: must be a positive number of milliseconds',
      '  - HEIMDALL_SIGV4_REGION: must be an AWS region, e.g. us-east-1 or eu-west-1',
      '  - HEIMDALL_SIGV4_ALLOW_UNSIGNED_PAYLOAD: must be true or false',
    ]);
    const { directory, file } = withConfigFile({ sigv4: { service: 'Bedrock Runtime', allowUnsignedPayload: 'no' } });
    expect(problemLines({}, directory)).toEqual([
      `  - ${file}, sigv4.service: must be an AWS service name as clients sign it, e.g. bedrock`,
      `  - ${file}, sigv4.allowUnsignedPayload: must be true or false`,
    ]);
  });

  it('refuses an unknown log level, listing the levels', () => {
    expect(problemLines({ LOG_LEVEL: 'bogus' })).toEqual([
      '  - LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent',
    ]);
  });

  it('refuses a port outside 1–65535', () => {
    expect(problemLines({ PORT: '99999' })).toEqual([
      '  - PORT: must be a port number from 1 to 65535 (or 0 for any free port)',
    ]);
    expect(problemLines({ PORT: 'eighty' })).toEqual(['  - PORT: must be a whole number']);
  });

  it('refuses TLS files that do not exist or cannot be read, and half a pair', () => {
    const directory = emptyDirectory();
    const unreadable = join(directory, 'key.pem');
    writeFileSync(unreadable, 'key');
    chmodSync(unreadable, 0o000);
    const lines = problemLines({
      HEIMDALL_TLS_CERT_FILE: join(directory, 'cert.pem'),
      HEIMDALL_TLS_KEY_FILE: unreadable,
    });
    expect(lines[0]).toBe(`  - HEIMDALL_TLS_CERT_FILE: cannot read ${join(directory, 'cert.pem')}: no such file`);
    // Whoever runs the tests as root can read any file.
    if (process.getuid?.() !== 0)
      expect(lines[1]).toBe(`  - HEIMDALL_TLS_KEY_FILE: cannot read ${unreadable}: permission denied`);
    expect(problemLines({ HEIMDALL_TLS_CERT_FILE: unreadable })).toEqual([
      '  - server.tls.keyFile (HEIMDALL_TLS_KEY_FILE): is required: a certificate goes with its key',
    ]);
  });

  it('refuses a docs folder that does not exist', () => {
    const directory = emptyDirectory();
    expect(problemLines({ HEIMDALL_DOCS_DIR: join(directory, 'site') })).toEqual([
      `  - HEIMDALL_DOCS_DIR: cannot read ${join(directory, 'site')}: no such directory`,
    ]);
    expect(loadConfig({ HEIMDALL_DOCS_DIR: directory }, emptyDirectory()).docsDirectory).toBe(directory);
  });

  it('refuses what looks like a variable reference but would be taken literally as the secret', () => {
    const { directory, file } = withConfigFile({
      gatewayKeys: [
        { id: 'team-a', secret: 'ENV.TEAM_A_SECRET' },
        { secret: '$TEAM_B_SECRET' },
        // A template placeholder written as such in a YAML or JSON file, not in this test's code.
        { secret: ['$', '{TEAM_C}'].join('') },
      ],
    });
    expect(problemLines({ TEAM_A_SECRET: 'secret-a' }, directory)).toEqual([
      `  - ${file}, gatewayKeys[0].secret: looks like a reference to the environment variable TEAM_A_SECRET, but would be taken literally: write env.TEAM_A_SECRET to read it from the environment`,
      `  - ${file}, gatewayKeys[1].secret: looks like a reference to the environment variable TEAM_B_SECRET, but would be taken literally: write env.TEAM_B_SECRET to read it from the environment`,
      `  - ${file}, gatewayKeys[2].secret: looks like a reference to the environment variable TEAM_C, but would be taken literally: write env.TEAM_C to read it from the environment`,
    ]);
  });

  it('refuses env.NAME when the variable is unset, once for that setting', () => {
    const { directory, file } = withConfigFile({
      providers: { groq: { type: 'openai', baseUrl: 'env.GROQ_URL', apiKey: 'env.MISSING_KEY' } },
    });
    expect(problemLines({}, directory)).toEqual([
      `  - ${file}, providers.groq.baseUrl: reads the environment variable GROQ_URL (env.GROQ_URL), which is not set`,
      `  - ${file}, providers.groq.apiKey: reads the environment variable MISSING_KEY (env.MISSING_KEY), which is not set`,
    ]);
  });

  it('names the provider types and the rules for names in plain words', () => {
    const { directory, file } = withConfigFile({
      providers: { gemini: { type: 'gemni' }, Groq: { type: 'openai' }, other: {} },
    });
    const lines = problemLines({}, directory);
    expect(lines).toEqual([
      `  - ${file}, providers.gemini.type: must be one of openai, anthropic, gemini, bedrock`,
      `  - ${file}, providers.Groq: is not a valid provider name: use lowercase letters, digits, - and _, starting with a letter or digit`,
      `  - ${file}, providers.other.type: is required: one of openai, anthropic, gemini, bedrock`,
    ]);
  });

  it('names each unknown setting on its own line', () => {
    const { directory, file } = withConfigFile({ sever: { port: 1 }, server: { prot: 1, host: '' } });
    expect(problemLines({}, directory)).toEqual([
      `  - ${file}, server.host: must not be empty`,
      `  - ${file}, server.prot: is not a setting here`,
      `  - ${file}, sever: is not a setting here`,
    ]);
  });

  it('says which setting a YAML file left empty', () => {
    const directory = emptyDirectory();
    const file = join(directory, 'heimdall.config.yaml');
    writeFileSync(file, ['providers:', '  groq:', '    type: openai', '    apiKey:'].join('\n'));
    expect(problemLines({}, directory)).toEqual([
      `  - ${file}, providers.groq.apiKey: is empty: give it a value, or leave the setting out`,
    ]);
  });

  it('reports every problem at once, one line each, in words rather than the validator’s', () => {
    const { directory } = withConfigFile({ defaultProvider: 'nowhere', providers: { x: { type: 'nope' } } });
    const lines = problemLines({ PORT: '99999', LOG_LEVEL: 'loud', OPENAI_BASE_URL: 'ftp://example.com' }, directory);
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      expect(line).toMatch(/^ {2}- \S/);
      expect(line).not.toMatch(/Invalid|discriminator|Unrecognized|expected .* received|\\n/);
    }
  });

  it('never repeats a secret in an error: not from the environment, not from the file', () => {
    const { directory } = withConfigFile(
      '{ "providers": { "openai": { "type": "openai", "apiKey": "sk-file-secret-123", "baseUrl": env.X } } }',
    );
    const environment = {
      HEIMDALL_API_KEYS: 'team-a:, :gateway-secret-456',
      OPENAI_BASE_URL: 'sk-env-secret-789',
      AWS_BEARER_TOKEN_BEDROCK: '',
      ANTHROPIC_API_KEY: 'sk-ant-secret',
      ANTHROPIC_BASE_URL: 'sk-ant-secret',
    };
    const invalidFile = problemLines(environment, directory).join('\n');
    expect(invalidFile).toMatch(/heimdall\.config\.json: is not valid JSON/);
    const message = problemLines({ ...environment, HEIMDALL_CONFIG: 'missing.json' }).join('\n');
    expect(message).toContain('HEIMDALL_API_KEYS (gatewayKeys[0].secret): must not be empty');
    expect(message).toContain('HEIMDALL_API_KEYS (gatewayKeys[1].id): must not be empty');
    expect(message).toContain('OPENAI_BASE_URL: must be an http:// or https:// URL');
    expect(message).toContain('ANTHROPIC_BASE_URL: must be an http:// or https:// URL');
    for (const text of [invalidFile, message]) {
      expect(text).not.toMatch(/sk-file-secret-123|gateway-secret-456|sk-env-secret-789|sk-ant-secret/);
    }
  });

  it('refuses a database URL it cannot use, saying what it must be and never repeating its password', () => {
    const lines = problemLines({ HEIMDALL_DATABASE_URL: 'mysql://heimdall:db-secret-321@db.example/heimdall' });
    expect(lines).toEqual([
      '  - HEIMDALL_DATABASE_URL: must be postgres://user:password@host:port/database (or postgresql://…), or sqlite:<path> such as sqlite:./data/heimdall.db',
    ]);
    expect(
      problemLines({ HEIMDALL_DATABASE_URL: 'postgres://heimdall:db-secret-321@/heimdall' }).join('\n'),
    ).not.toContain('db-secret-321');
    expect(problemLines({ HEIMDALL_DATABASE_URL: 'sqlite:' })).toHaveLength(1);
  });

  it('refuses a request log switch other than on or off, and a retention under a day', () => {
    expect(problemLines({ HEIMDALL_REQUEST_LOG: 'maybe', HEIMDALL_REQUEST_LOG_RETENTION_DAYS: '0' })).toEqual([
      '  - HEIMDALL_REQUEST_LOG: must be true or false (or on / off)',
      '  - HEIMDALL_REQUEST_LOG_RETENTION_DAYS: must be at least 1 day',
    ]);
  });
});
