/** One way of calling an operation, shown in a tab of its own. */
export interface CodeSample {
  /** The client's name, as the tab says it. */
  client: string;
  /** The highlighting language. */
  language: 'bash' | 'python' | 'typescript';
  source: string;
}

/** Where the samples send their requests, with the gateway key the guides' examples configure. */
export const sampleGateway = { url: 'http://127.0.0.1:8080', keyId: 'team-a', key: 'secret-a' } as const;

/** The model the samples name: a provider prefix, as a Heimdall client would. */
export const sampleModelId = 'openai/gpt-4o';
