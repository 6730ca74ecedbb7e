import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './config-error.js';
import { loadConfig } from './load-config.js';

const emptyDirectory = () => mkdtempSync(join(tmpdir(), 'heimdall-config-'));

function withFile(name: string, content: string): string {
  const directory = emptyDirectory();
  writeFileSync(join(directory, name), content);
  return directory;
}

describe('configuration', () => {
  it('starts with no providers and safe defaults when nothing is set', () => {
    const config = loadConfig({}, emptyDirectory());
    expect(config.providers).toEqual({});
    expect(config.server).toMatchObject({ host: '127.0.0.1', port: 8080, bodyLimitBytes: 20 * 1024 * 1024 });
    expect(config.defaultProvider).toBe('bedrock');
    expect(config.gatewayKeys).toEqual([]);
  });

  it('configures OpenAI from the variables the OpenAI SDK reads', () => {
    const config = loadConfig({ OPENAI_API_KEY: 'sk-test', PORT: '9000' }, emptyDirectory());
    expect(config.providers.openai).toMatchObject({
      type: 'openai',
      baseUrl: 'https://api.openai.com/v1',
      keys: [{ key: 'sk-test', weight: 1 }],
    });
    expect(config.server.port).toBe(9000);
  });

  it('takes an OpenAI-compatible server without a key from OPENAI_BASE_URL alone', () => {
    const config = loadConfig({ OPENAI_BASE_URL: 'http://localhost:11434/v1' }, emptyDirectory());
    expect(config.providers.openai).toMatchObject({ baseUrl: 'http://localhost:11434/v1', keys: [] });
  });

  it('reads gateway keys, with optional ids for SigV4 clients', () => {
    const config = loadConfig({ HEIMDALL_API_KEYS: 'plain-key, team-a:secret-a' }, emptyDirectory());
    expect(config.gatewayKeys).toEqual([{ secret: 'plain-key' }, { id: 'team-a', secret: 'secret-a' }]);
  });

  it('declares named OpenAI-compatible providers in a YAML file, with secrets from the environment', () => {
    const directory = withFile(
      'heimdall.config.yaml',
      [
        'providers:',
        '  groq:',
        '    type: openai',
        '    baseUrl: https://api.groq.com/openai/v1',
        '    apiKey: env.GROQ_API_KEY',
        '    timeouts: { firstByteMs: 5000 }',
        '    retries: { max: 0 }',
        '  ollama:',
        '    type: openai',
        '    baseUrl: http://127.0.0.1:11434/v1',
      ].join('\n'),
    );
    const config = loadConfig({ GROQ_API_KEY: 'gsk-secret' }, directory);
    expect(config.providers.groq).toMatchObject({
      name: 'groq',
      keys: [{ key: 'gsk-secret', weight: 1 }],
      timeouts: { firstByteMs: 5000, idleMs: 60_000 },
      retries: { max: 0 },
    });
    expect(config.providers.ollama).toMatchObject({ keys: [] });
  });

  it('names the bad setting and the missing variable, never a secret value', () => {
    const directory = withFile(
      'heimdall.config.json',
      JSON.stringify({ providers: { groq: { type: 'openai', baseUrl: 'not a url', apiKey: 'env.MISSING_KEY' } } }),
    );
    const error = (() => {
      try {
        loadConfig({}, directory);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/providers\.groq\.baseUrl: Invalid URL/);
    expect((error as Error).message).toMatch(
      /providers\.groq\.apiKey: refers to the environment variable MISSING_KEY, which is not set/,
    );
  });

  it('rejects an unknown setting instead of ignoring a typo', () => {
    const directory = withFile('heimdall.config.json', JSON.stringify({ sever: { port: 1 } }));
    expect(() => loadConfig({}, directory)).toThrow(/Unrecognized key: "sever"/);
  });

  it('reports a config path that does not exist', () => {
    expect(() => loadConfig({ HEIMDALL_CONFIG: 'nowhere.json' }, emptyDirectory())).toThrow(
      /HEIMDALL_CONFIG points to .*nowhere\.json, which does not exist/,
    );
  });

  it('rejects a PORT that is not a number', () => {
    expect(() => loadConfig({ PORT: 'eighty' }, emptyDirectory())).toThrow('PORT must be a whole number');
  });
});

describe('TLS from the environment', () => {
  it('takes a certificate and key pair, and refuses half of one', () => {
    const config = loadConfig({ HEIMDALL_TLS_CERT_FILE: '/c.pem', HEIMDALL_TLS_KEY_FILE: '/k.pem' }, emptyDirectory());
    expect(config.server.tls).toEqual({ certFile: '/c.pem', keyFile: '/k.pem' });
    expect(() => loadConfig({ HEIMDALL_TLS_CERT_FILE: '/c.pem' }, emptyDirectory())).toThrow('go together');
  });
});

describe('connection limits', () => {
  it('has production defaults, which the environment and then the config file override', () => {
    expect(loadConfig({}, emptyDirectory()).server.connections).toEqual({
      firstByteTimeoutMs: 10_000,
      headersTimeoutMs: 20_000,
      requestTimeoutMs: 60_000,
      keepAliveTimeoutMs: 65_000,
      maxConnections: 10_000,
      maxConnectionsPerAddress: 1_000,
      maxConcurrentStreams: 100,
      maxHeaderBytes: 32 * 1024,
    });
    const directory = withFile(
      'heimdall.config.json',
      JSON.stringify({ server: { connections: { maxConnections: 50 } } }),
    );
    const config = loadConfig({ HEIMDALL_MAX_CONNECTIONS: '20', HEIMDALL_KEEP_ALIVE_TIMEOUT_MS: '5000' }, directory);
    expect(config.server.connections).toMatchObject({ maxConnections: 50, keepAliveTimeoutMs: 5000 });
  });

  it('refuses a limit of 0 and a headers time-out longer than the request time-out', () => {
    expect(() => loadConfig({ HEIMDALL_MAX_CONNECTIONS: '0' }, emptyDirectory())).toThrow(
      'HEIMDALL_MAX_CONNECTIONS must be greater than 0',
    );
    expect(() =>
      loadConfig({ HEIMDALL_HEADERS_TIMEOUT_MS: '30000', HEIMDALL_REQUEST_TIMEOUT_MS: '10000' }, emptyDirectory()),
    ).toThrow(/headers time-out \(30000 ms\) cannot be longer than the request time-out \(10000 ms\)/);
  });
});
