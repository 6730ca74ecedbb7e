import type { LimitScope } from '../config/limits-schema.js';
import type { ScopedClaim } from './scope-claims.js';

const scopeNames: Readonly<Record<LimitScope['kind'], string>> = {
  key: 'gateway key',
  team: 'team',
  customer: 'customer',
  'provider-config': 'provider config',
};

/** `the team platform (t-1)`, `the gateway key ci`. */
export const describeScope = (scope: LimitScope) =>
  `the ${scopeNames[scope.kind]} ${scope.name && scope.name !== scope.id ? `${scope.name} (${scope.id})` : scope.id}`;

const measureNames: Readonly<Record<Exclude<ScopedClaim['measure'], 'budget'>, string>> = {
  requests: 'requests',
  tokens: 'tokens',
  inputTokens: 'input tokens',
  outputTokens: 'output tokens',
  concurrentStreams: 'requests in flight at once',
};

const unitNames: Readonly<Record<string, string>> = {
  s: 'second',
  m: 'minute',
  h: 'hour',
  d: 'day',
  w: 'week',
  M: 'month',
  Y: 'year',
};

/** `minute` for `1m`, `5 m` … as written for anything longer. */
const per = (period: string | undefined) =>
  period?.startsWith('1') && period.length === 2 ? (unitNames[period.slice(1)] ?? period) : (period ?? '');

/** `5 requests per minute`, `2 requests in flight at once`, `budget of 10 USD per month`, `100 tokens per 5m`. */
export function describeLimit(claim: ScopedClaim): string {
  if (claim.measure === 'budget') return `budget of ${claim.limit / 1_000_000} USD per ${per(claim.period)}`;
  if (claim.measure === 'concurrentStreams') return `${claim.limit} ${measureNames[claim.measure]}`;
  return `${claim.limit} ${measureNames[claim.measure]} per ${per(claim.period)}`;
}
