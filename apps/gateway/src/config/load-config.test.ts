import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
    // Keys from the environment may call everything.
    const everything = {
      active: true,
      providers: { allow: [], deny: [] },
      models: { allow: [], deny: [] },
      rateLimits: {},
    };
    expect(config.gatewayKeys).toEqual([
      { secret: 'plain-key', ...everything },
      { id: 'team-a', secret: 'secret-a', ...everything },
    ]);
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

  it('lets the config file override the environment setting by setting, and joins their gateway keys', () => {
    const directory = withFile(
      'heimdall.config.json',
      JSON.stringify({
        server: { port: 9001 },
        gatewayKeys: [{ id: 'team-b', secret: 'secret-b' }],
        retries: { baseDelayMs: 10 },
        providers: { openai: { type: 'openai', baseUrl: 'http://127.0.0.1:11434/v1' } },
      }),
    );
    const config = loadConfig(
      {
        HOST: '0.0.0.0',
        PORT: '9000',
        HEIMDALL_API_KEYS: 'team-a:secret-a',
        HEIMDALL_MAX_RETRIES: '5',
        OPENAI_API_KEY: 'sk-env',
      },
      directory,
    );
    expect(config.server).toMatchObject({ host: '0.0.0.0', port: 9001 });
    expect(config.gatewayKeys).toMatchObject([
      { id: 'team-a', secret: 'secret-a' },
      { id: 'team-b', secret: 'secret-b' },
    ]);
    // The file's provider replaces the environment's whole: it does not inherit OPENAI_API_KEY.
    expect(config.providers.openai).toMatchObject({ baseUrl: 'http://127.0.0.1:11434/v1', keys: [] });
    expect(config.providers.openai?.retries).toEqual({ max: 5, baseDelayMs: 10, maxDelayMs: 8_000 });
  });

  it('configures Bedrock from the AWS variables, with static credentials only as a pair', () => {
    const paired = loadConfig(
      { AWS_DEFAULT_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'AKIA1', AWS_SECRET_ACCESS_KEY: 'aws-secret' },
      emptyDirectory(),
    );
    expect(paired.providers.bedrock).toMatchObject({
      type: 'bedrock',
      region: 'eu-west-1',
      baseUrl: 'https://bedrock-runtime.eu-west-1.amazonaws.com',
      credentials: { accessKeyId: 'AKIA1', secretAccessKey: 'aws-secret' },
    });
    const profileOnly = loadConfig({ AWS_PROFILE: 'dev', AWS_ACCESS_KEY_ID: 'AKIA1' }, emptyDirectory());
    expect(profileOnly.providers.bedrock).toMatchObject({ region: 'us-east-1' });
    expect(profileOnly.providers.bedrock).not.toHaveProperty('credentials');
  });

  it('leaves Bedrock off on a host whose only AWS setting is a role, and prefers AWS_REGION to AWS_DEFAULT_REGION', () => {
    // What ECS and EKS put in a container's environment for its role; an EC2 instance role puts nothing there.
    const roleOnly = loadConfig(
      {
        OPENAI_API_KEY: 'sk-test',
        AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '/v2/credentials/0123',
        AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/heimdall',
        AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/secrets/token',
      },
      emptyDirectory(),
    );
    expect(Object.keys(roleOnly.providers)).toEqual(['openai']);
    const both = loadConfig({ AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'us-west-2' }, emptyDirectory());
    expect(both.providers.bedrock).toMatchObject({ region: 'eu-west-1' });
  });

  it('reads any value of the config file from the environment with env.NAME', () => {
    const directory = withFile(
      'heimdall.config.yaml',
      ['providers:', '  local:', '    type: openai', '    baseUrl: env.LOCAL_URL'].join('\n'),
    );
    const config = loadConfig({ LOCAL_URL: 'http://127.0.0.1:8000/v1' }, directory);
    expect(config.providers.local).toMatchObject({ baseUrl: 'http://127.0.0.1:8000/v1' });
  });

  it('keeps the log quiet under NODE_ENV=test unless LOG_LEVEL asks otherwise', () => {
    expect(loadConfig({}, emptyDirectory()).logLevel).toBe('info');
    expect(loadConfig({ NODE_ENV: 'test' }, emptyDirectory()).logLevel).toBe('silent');
    expect(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }, emptyDirectory()).logLevel).toBe('debug');
  });
});

describe('TLS from the environment', () => {
  it('takes a certificate and key pair that can be read', () => {
    const directory = withFile('cert.pem', 'certificate');
    writeFileSync(join(directory, 'key.pem'), 'key');
    const environment = {
      HEIMDALL_TLS_CERT_FILE: join(directory, 'cert.pem'),
      HEIMDALL_TLS_KEY_FILE: join(directory, 'key.pem'),
    };
    expect(loadConfig(environment, emptyDirectory()).server.tls).toEqual({
      certFile: join(directory, 'cert.pem'),
      keyFile: join(directory, 'key.pem'),
    });
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
      'HEIMDALL_MAX_CONNECTIONS: must be a positive whole number',
    );
    expect(() =>
      loadConfig({ HEIMDALL_HEADERS_TIMEOUT_MS: '30000', HEIMDALL_REQUEST_TIMEOUT_MS: '10000' }, emptyDirectory()),
    ).toThrow('HEIMDALL_HEADERS_TIMEOUT_MS: cannot be longer than the request time-out (10000 ms), which includes it');
  });
});

describe('routes', () => {
  it('reads aliases and fallback chains, and refuses a target naming a provider that is not configured', () => {
    const good = withFile(
      'heimdall.config.json',
      JSON.stringify({
        routes: { 'chat-default': { targets: ['openai/gpt-4o', { model: 'openai/gpt-4.1', weight: 2 }] } },
      }),
    );
    expect(loadConfig({ OPENAI_API_KEY: 'sk-test' }, good).routes['chat-default']).toEqual({
      targets: [
        { model: 'openai/gpt-4o', weight: 1 },
        { model: 'openai/gpt-4.1', weight: 2 },
      ],
      strategy: 'priority',
      fallbackOn: ['throttled', 'server-error', 'timeout', 'stream-error'],
    });
    const typo = withFile(
      'heimdall.config.json',
      JSON.stringify({ routes: { 'chat-default': { targets: ['opneai/gpt-4o'] } } }),
    );
    expect(() => loadConfig({ OPENAI_API_KEY: 'sk-test' }, typo)).toThrow(
      /routes\.chat-default\.targets\[0\]: names the provider "opneai", which is not configured \(configured: openai\)/,
    );
    const unknownTrigger = withFile(
      'heimdall.config.json',
      JSON.stringify({ routes: { 'chat-default': { targets: ['openai/gpt-4o'], fallbackOn: ['slow'] } } }),
    );
    expect(() => loadConfig({ OPENAI_API_KEY: 'sk-test' }, unknownTrigger)).toThrow(
      /routes\.chat-default\.fallbackOn\[0\]: must be one of throttled/,
    );
  });
});
