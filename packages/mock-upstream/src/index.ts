export { benchmarkTimings, createBenchmarkScript } from './script/benchmark-script.js';
export { createEchoScript } from './script/echo-script.js';
export type {
  FinishReason,
  PreStreamFailure,
  Script,
  ScriptFactory,
  ScriptRequest,
  ScriptSource,
  ScriptStep,
  ScriptTiming,
  ScriptToolCall,
  Usage,
} from './script/script.js';
export { ScriptError, validateScript } from './script/validate-script.js';
export type { MockUpstream, MockUpstreamOptions } from './server/create-mock-upstream.js';
export { createMockUpstream } from './server/create-mock-upstream.js';
export type { RecordedRequest, RequestOutcome } from './server/recorded-request.js';
