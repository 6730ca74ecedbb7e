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

  it('checks SigV4 for bedrock in us-east-1, refusing unsigned bodies, and gives a request five minutes to be answered', () => {
    const config = loadConfig({}, emptyDirectory());
    expect(config.sigv4).toEqual({ region: 'us-east-1', service: 'bedrock', allowUnsignedPayload: false });
    expect(config.server.requestTimeBudgetMs).toBe(300_000);
  });

  it('takes the SigV4 scope and the time budget from the environment, and the config file over it', () => {
    const environment = {
      HEIMDALL_SIGV4_REGION: 'eu-west-1',
      HEIMDALL_SIGV4_ALLOW_UNSIGNED_PAYLOAD: 'true',
      HEIMDALL_REQUEST_TIME_BUDGET_MS: '60000',
    };
    expect(loadConfig(environment, emptyDirectory())).toMatchObject({
      sigv4: { region: 'eu-west-1', service: 'bedrock', allowUnsignedPayload: true },
      server: { requestTimeBudgetMs: 60_000 },
    });
    const directory = withFile(
      'heimdall.config.json',
      JSON.stringify({
        sigv4: { region: 'ap-south-1', service: 'bedrock-runtime' },
        server: { requestTimeBudgetMs: 1000 },
      }),
    );
    expect(loadConfig(environment, directory)).toMatchObject({
      sigv4: { region: 'ap-south-1', service: 'bedrock-runtime', allowUnsignedPayload: true },
      server: { requestTimeBudgetMs: 1000 },
    });
    expect(() => loadConfig({ HEIMDALL_SIGV4_ALLOW_UNSIGNED_PAYLOAD: 'yes' }, emptyDirectory())).toThrow(
      'HEIMDALL_SIGV4_ALLOW_UNSIGNED_PAYLOAD must be true or false, not "yes"',
    );
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

  it('configures Gemini from GEMINI_API_KEY, or GOOGLE_API_KEY first as Google’s SDKs do', () => {
    expect(loadConfig({ GEMINI_API_KEY: 'gemini-key' }, emptyDirectory()).providers.gemini).toMatchObject({
      type: 'gemini',
      baseUrl: 'https://generativelanguage.googleapis.com',
      keys: [{ key: 'gemini-key', weight: 1 }],
    });
    const both = loadConfig(
      { GEMINI_API_KEY: 'gemini-key', GOOGLE_API_KEY: 'google-key', GEMINI_BASE_URL: 'http://127.0.0.1:9999' },
      emptyDirectory(),
    );
    expect(both.providers.gemini).toMatchObject({
      baseUrl: 'http://127.0.0.1:9999',
      keys: [{ key: 'google-key', weight: 1 }],
    });
  });

  it('declares a Gemini provider in the config file, with the default base URL', () => {
    const directory = withFile(
      'heimdall.config.json',
      JSON.stringify({ providers: { google: { type: 'gemini', apiKey: 'env.MY_GEMINI_KEY' } } }),
    );
    const config = loadConfig({ MY_GEMINI_KEY: 'from-env' }, directory);
    expect(config.providers.google).toMatchObject({
      type: 'gemini',
      name: 'google',
      baseUrl: 'https://generativelanguage.googleapis.com',
      keys: [{ key: 'from-env', weight: 1 }],
    });
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
