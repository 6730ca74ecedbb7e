import type { Script, ScriptStep, ScriptTiming, Usage } from './script.js';

/** Thrown when a script cannot be played; the message names the offending field. */
export class ScriptError extends Error {
  override readonly name = 'ScriptError';
}

const finishReasons = new Set(['stop', 'length', 'tool-calls', 'content-filter', 'stop-sequence']);

/**
 * Checks a script before it is used, so a mistake in a test fails where the script is set instead of as an odd
 * reply later. Returns the script unchanged.
 */
export function validateScript(script: unknown): Script {
  const value = requireObject(script, 'script');
  if (!Array.isArray(value.steps)) fail('script.steps', 'must be an array', value.steps);
  value.steps.forEach((step: unknown, index: number) => {
    validateStep(step, `script.steps[${index}]`);
  });
  validateReasoningOrder(value.steps as ScriptStep[]);
  if (value.failure !== undefined) validateFailure(value.failure);
  if (value.usage !== undefined) validateUsage(value.usage);
  if (value.finishReason !== undefined && !finishReasons.has(value.finishReason as string)) {
    fail('script.finishReason', `must be one of ${[...finishReasons].join(', ')}`, value.finishReason);
  }
  if (value.stopSequence !== undefined) requireString(value.stopSequence, 'script.stopSequence');
  if (value.timing !== undefined) validateTiming(value.timing);
  return value as unknown as Script;
}

function validateStep(step: unknown, path: string): void {
  const value = requireObject(step, path);
  switch (value.type) {
    case 'text':
    case 'reasoning':
      requireString(value.text, `${path}.text`);
      return;
    case 'reasoning-signature':
      requireNonEmptyString(value.signature, `${path}.signature`);
      return;
    case 'redacted-reasoning':
      requireNonEmptyString(value.data, `${path}.data`);
      return;
    case 'tool-calls':
      validateToolCalls(value, path);
      return;
    case 'ping':
    case 'drop-connection':
      return;
    case 'delay':
      requireDuration(value.ms, `${path}.ms`);
      return;
    case 'stream-error':
      if (value.status !== undefined) requireErrorStatus(value.status, `${path}.status`);
      if (value.message !== undefined) requireString(value.message, `${path}.message`);
      if (value.errorType !== undefined) requireNonEmptyString(value.errorType, `${path}.errorType`);
      return;
    default:
      fail(`${path}.type`, 'is not a known step type', value.type);
  }
}

function validateToolCalls(step: Record<string, unknown>, path: string): void {
  if (!Array.isArray(step.calls) || step.calls.length === 0) fail(`${path}.calls`, 'must be a non-empty array');
  if (step.order !== undefined && step.order !== 'sequential' && step.order !== 'interleaved') {
    fail(`${path}.order`, "must be 'sequential' or 'interleaved'", step.order);
  }
  step.calls.forEach((call: unknown, index: number) => {
    const callPath = `${path}.calls[${index}]`;
    const value = requireObject(call, callPath);
    requireNonEmptyString(value.id, `${callPath}.id`);
    requireNonEmptyString(value.name, `${callPath}.name`);
    if (!Array.isArray(value.arguments) || value.arguments.length === 0) {
      fail(`${callPath}.arguments`, 'must be a non-empty array of string pieces');
    }
    value.arguments.forEach((piece: unknown, pieceIndex: number) => {
      requireString(piece, `${callPath}.arguments[${pieceIndex}]`);
    });
    const joined = value.arguments.join('');
    if (!isJsonObject(joined)) fail(`${callPath}.arguments`, 'must join to a JSON object', joined);
  });
}

/** A signature can only close a reasoning block that is open. */
function validateReasoningOrder(steps: ScriptStep[]): void {
  let reasoningOpen = false;
  steps.forEach((step, index) => {
    if (step.type === 'reasoning-signature' && !reasoningOpen) {
      fail(`script.steps[${index}]`, 'must follow a reasoning step: a signature closes a reasoning block');
    }
    if (step.type === 'reasoning') reasoningOpen = true;
    else if (step.type !== 'delay' && step.type !== 'ping') reasoningOpen = false;
  });
}

function validateFailure(failure: unknown): void {
  const value = requireObject(failure, 'script.failure');
  if (value.type === 'no-response') return;
  if (value.type !== 'http-error') fail('script.failure.type', "must be 'http-error' or 'no-response'", value.type);
  requireErrorStatus(value.status, 'script.failure.status');
  if (value.message !== undefined) requireString(value.message, 'script.failure.message');
  if (value.errorType !== undefined) requireNonEmptyString(value.errorType, 'script.failure.errorType');
  if (value.retryAfterSeconds !== undefined)
    requireDuration(value.retryAfterSeconds, 'script.failure.retryAfterSeconds');
}

function validateUsage(usage: unknown): void {
  const value = requireObject(usage, 'script.usage');
  const required: Array<keyof Usage> = ['inputTokens', 'outputTokens'];
  const optional: Array<keyof Usage> = ['cacheReadTokens', 'cacheWriteTokens', 'reasoningTokens'];
  for (const key of required) requireCount(value[key], `script.usage.${key}`);
  for (const key of optional) if (value[key] !== undefined) requireCount(value[key], `script.usage.${key}`);
}

function validateTiming(timing: unknown): void {
  const value = requireObject(timing, 'script.timing');
  const keys: Array<keyof ScriptTiming> = ['headersDelayMs', 'firstChunkDelayMs', 'betweenChunksDelayMs'];
  for (const key of keys) if (value[key] !== undefined) requireDuration(value[key], `script.timing.${key}`);
}

function isJsonObject(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

function requireObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'must be an object', value);
  return value as Record<string, unknown>;
}

function requireString(value: unknown, path: string): void {
  if (typeof value !== 'string') fail(path, 'must be a string', value);
}

function requireNonEmptyString(value: unknown, path: string): void {
  if (typeof value !== 'string' || value === '') fail(path, 'must be a non-empty string', value);
}

function requireCount(value: unknown, path: string): void {
  if (!Number.isSafeInteger(value) || (value as number) < 0) fail(path, 'must be a whole number of at least 0', value);
}

function requireDuration(value: unknown, path: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(path, 'must be a number >= 0', value);
}

function requireErrorStatus(value: unknown, path: string): void {
  if (!Number.isInteger(value) || (value as number) < 400 || (value as number) > 599) {
    fail(path, 'must be an HTTP error status (400-599)', value);
  }
}

function fail(path: string, problem: string, ...got: [unknown?]): never {
  const shown = got.length > 0 ? ` (got ${JSON.stringify(got[0]) ?? String(got[0])})` : '';
  throw new ScriptError(`${path} ${problem}${shown}`);
}
