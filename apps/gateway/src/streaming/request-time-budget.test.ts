import { ModelErrorException, ThrottlingException } from '@heimdall/eventstream';
import { afterEach, describe, expect, it } from 'vitest';
import { type RequestTimeBudget, startRequestTimeBudget } from './request-time-budget.js';

let budget: RequestTimeBudget | undefined;
afterEach(() => budget?.stop());

function startAt(clock: { time: number }, limits: { budgetMs: number; attemptBudgetMs: number }) {
  budget = startRequestTimeBudget({ ...limits, startedAt: clock.time, abort: () => {}, now: () => clock.time });
  return budget;
}

describe("a request's attempt budget", () => {
  it('allows a retry whose backoff ends within the attempt budget, and none that would end after it', () => {
    const clock = { time: 5_000 };
    const budget = startAt(clock, { budgetMs: 300_000, attemptBudgetMs: 10_000 });
    clock.time += 4_000;
    expect(budget.allowsAttemptAfter(5_999)).toBe(true);
    expect(budget.allowsAttemptAfter(6_000)).toBe(false);
    clock.time += 6_000;
    expect(budget.allowsAttemptAfter(0)).toBe(false);
  });

  it('is never longer than the whole request budget', () => {
    const clock = { time: 0 };
    const budget = startAt(clock, { budgetMs: 400, attemptBudgetMs: 10_000 });
    expect(budget.allowsAttemptAfter(399)).toBe(true);
    expect(budget.allowsAttemptAfter(400)).toBe(false);
  });

  it("gives the last attempt's error, of its own type and members, saying the attempt budget was spent", () => {
    const budget = startAt({ time: 0 }, { budgetMs: 300_000, attemptBudgetMs: 10_000 });
    const throttled = budget.spent(new ThrottlingException({ message: 'primary: slow down' }));
    expect(throttled).toBeInstanceOf(ThrottlingException);
    expect(throttled.message).toBe(
      "primary: slow down (the gateway's attempt budget of 10000 ms for one request was spent, so no further retry or fallback was tried)",
    );
    const modelError = budget.spent(new ModelErrorException({ message: 'broke', originalStatusCode: 502 }));
    expect(modelError).toMatchObject({ type: 'ModelErrorException', originalStatusCode: 502, status: 424 });
  });
});
