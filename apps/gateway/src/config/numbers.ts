import { z } from 'zod';

/**
 * The longest delay Node's timers can wait: a longer one fires after 1 ms instead, so a time-out beyond it would
 * silently become no time-out at all.
 * @see https://nodejs.org/api/timers.html#settimeoutcallback-delay-args
 */
export const longestTimerMs = 2_147_483_647;

/** A whole number; the environment's text has already been turned into a number when it is one. */
export const wholeNumber = () =>
  // A missing or empty setting is left to the general messages.
  z.int({
    error: (issue) => (issue.input === undefined || issue.input === null ? undefined : 'must be a whole number'),
  });

/** Milliseconds more than zero, within what a timer can wait. */
export const positiveMilliseconds = () =>
  wholeNumber()
    .positive({ error: 'must be a positive number of milliseconds' })
    .max(longestTimerMs, { error: `must be at most ${longestTimerMs} milliseconds (about 24 days)` });

/** Milliseconds, zero included, within what a timer can wait. */
export const milliseconds = () =>
  wholeNumber()
    .min(0, { error: 'must be zero or a positive number of milliseconds' })
    .max(longestTimerMs, { error: `must be at most ${longestTimerMs} milliseconds (about 24 days)` });
