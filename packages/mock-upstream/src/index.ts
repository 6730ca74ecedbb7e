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
export type { RecordedRequest, RequestAuthorization, RequestOutcome } from './server/recorded-request.js';
export type { BedrockCredentials } from './wire/bedrock/authenticate-bedrock-request.js';
export { type RecordingReplayOptions, recordingModelPrefix } from './wire/bedrock/recording-replay.js';
