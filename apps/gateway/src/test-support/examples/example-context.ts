import type { CodeBlock } from './markdown-code-blocks.js';

/** Where the documentation's examples send their requests: the gateway they are written for. */
export const documentedGatewayUrl = 'http://127.0.0.1:8080';

/** What every runner gets: the gateway to call, and the environment of a machine without any credentials. */
export interface ExampleContext {
  gatewayUrl: string;
  environment: NodeJS.ProcessEnv;
  /** A folder of the runner's own for files it writes. */
  directory: string;
}

/** How an example went: its exit status, and what it printed (shown when it fails). */
export interface ExampleOutcome {
  succeeded: boolean;
  output: string;
  /** Said in the test's report when the runner ran less than the whole block, and why. */
  partial?: string;
}

/** Runs one block; resolves with its outcome rather than throwing, so the test can show the output. */
export type ExampleRunner = (block: CodeBlock, context: ExampleContext) => Promise<ExampleOutcome>;

/**
 * The block as it runs here: the test's gateway listens on a free port, not on the documented 8080, so only that
 * origin is replaced; everything else runs as written.
 */
export function codeAgainst(block: CodeBlock, context: ExampleContext): string {
  return block.code.replaceAll(documentedGatewayUrl, context.gatewayUrl);
}

/**
 * This machine's environment without credentials of any kind, so an example that leaves its credentials to the
 * environment fails here as it would on a new user's machine.
 */
export function credentialFreeEnvironment(environment: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept = Object.entries(environment).filter(
    ([name]) => !/^(AWS_|OPENAI_|ANTHROPIC_|GEMINI_|GOOGLE_|HEIMDALL_|BEDROCK_)/.test(name),
  );
  return {
    ...Object.fromEntries(kept),
    AWS_CONFIG_FILE: '/nonexistent/aws-config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
    // Without this, an SDK looking for credentials waits for an instance metadata service that is not there.
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}
