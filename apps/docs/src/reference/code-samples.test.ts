import { describe, expect, it } from 'vitest';
import { formatJson, toJavaScriptLiteral, toPythonLiteral } from './code-sample-language.js';
import { codeSamples } from './code-samples.js';
import type { OperationGroup } from './group-operations.js';
import { loadRecordedExamples } from './recorded-examples.js';

function group(handler: string | undefined, paths: string[], method = 'post'): OperationGroup {
  return {
    key: handler ?? 'getThing',
    method,
    operation: { 'x-heimdall-handler': handler, summary: 'Thing', ...(handler ? {} : { security: [] }) },
    paths: paths.map((path) => ({ method, path, operationId: undefined, tags: [] })),
    tag: 'Tag',
    title: 'Thing',
  };
}

describe('code samples', () => {
  it('gives ConverseStream a sample per client, each sending the recorded request at the prefix named after it', async () => {
    const examples = await loadRecordedExamples();
    const samples = codeSamples(
      group('converseStream', [
        '/model/{modelId}/converse-stream',
        '/pydanticai/bedrock/model/{modelId}/converse-stream',
        '/langchain/model/{modelId}/converse-stream',
        '/bedrock/model/{modelId}/converse-stream',
      ]),
      examples,
    );
    expect(samples.map((sample) => sample.client)).toEqual([
      'curl',
      'boto3',
      'PydanticAI',
      'AWS SDK for JavaScript',
      'Vercel AI SDK',
      'LangChain',
      '@heimdall/client',
    ]);
    const source = (client: string) => samples.find((sample) => sample.client === client)?.source ?? '';
    expect(source('curl')).toContain('http://127.0.0.1:8080/model/openai%2Fgpt-4o/converse-stream');
    expect(source('curl')).toContain('What is the capital of France?');
    expect(source('PydanticAI')).toContain('endpoint_url="http://127.0.0.1:8080/pydanticai/bedrock"');
    expect(source('PydanticAI')).toContain('agent.run_stream(');
    expect(source('boto3')).toContain('client.converse_stream(');
    expect(source('LangChain')).toContain("endpoint: 'http://127.0.0.1:8080/langchain'");
    expect(source('Vercel AI SDK')).toContain('streamText(');
    expect(source('@heimdall/client')).toContain("client.converseStream('openai/gpt-4o'");
  });

  it('falls back to Amazon Bedrock’s own path for a client whose prefix does not serve the operation', async () => {
    const samples = codeSamples(group('converse', ['/model/{modelId}/converse']), await loadRecordedExamples());
    const pydantic = samples.find((sample) => sample.client === 'PydanticAI')?.source ?? '';
    expect(pydantic).toContain('endpoint_url="http://127.0.0.1:8080"');
    expect(pydantic).toContain('agent.run_sync(');
  });

  it('gives any other operation a curl line from its method and path, with no key when it needs none', async () => {
    const [curl, ...others] = codeSamples(group(undefined, ['/health'], 'get'), await loadRecordedExamples());
    expect(others).toEqual([]);
    expect(curl?.source).toBe('curl http://127.0.0.1:8080/health');
  });

  it('writes a management call with its admin key, its path parameters and its body as shell values, never made up', async () => {
    const examples = await loadRecordedExamples();
    const update: OperationGroup = {
      ...group(undefined, ['/api/governance/teams/{team_id}'], 'put'),
      operation: { security: [{ AdminAuth: [] }], requestBody: { $ref: '#/components/requestBodies/UpdateTeam' } },
    };
    expect(codeSamples(update, examples, { schemaName: 'UpdateTeamRequest' })[0]?.source).toBe(
      [
        '# request.json holds the body to send: a UpdateTeamRequest object',
        'curl -X PUT "http://127.0.0.1:8080/api/governance/teams/$TEAM_ID" \\',
        '  -H "authorization: Bearer $ADMIN_KEY" \\',
        "  -H 'content-type: application/json' \\",
        '  -d @request.json',
      ].join('\n'),
    );
    const create: OperationGroup = {
      ...group(undefined, ['/api/governance/teams'], 'post'),
      operation: { security: [{ AdminAuth: [] }], requestBody: { $ref: '#/components/requestBodies/CreateTeam' } },
    };
    const withExample = codeSamples(create, examples, {
      body: { name: 'Data science' },
      schemaName: 'CreateTeamRequest',
    });
    expect(withExample[0]?.source).toContain(`-d '{ "name": "Data science" }'`);
    expect(withExample[0]?.source).not.toContain('request.json');
  });

  it('writes the request values as Python and JavaScript literals', () => {
    expect(toPythonLiteral({ on: true, off: false, none: null, list: [1.5] })).toBe(
      '{"on": True, "off": False, "none": None, "list": [1.5]}',
    );
    expect(toJavaScriptLiteral({ text: "it's", 'a-b': 1 })).toBe("{ text: 'it\\'s', 'a-b': 1 }");
    const long = {
      messages: [
        {
          role: 'user',
          content: [{ text: 'What is the capital of France, and why is it that city rather than another one?' }],
        },
      ],
    };
    const written = toJavaScriptLiteral(long);
    expect(written.split('\n').length).toBeGreaterThan(1);
    expect(new Function(`return ${written};`)()).toEqual(long);
    expect(JSON.parse(formatJson(long))).toEqual(long);
  });
});
