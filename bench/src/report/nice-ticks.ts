/**
 * Axis ticks at round steps (1, 2 or 5 times a power of ten) covering `minimum`..`maximum`, about `count` of them.
 * The range always includes zero, so bar lengths stay comparable.
 */
export function niceTicks({ minimum, maximum, count = 5 }: { minimum: number; maximum: number; count?: number }) {
  const low = Math.min(0, minimum);
  const high = Math.max(0, maximum);
  const span = high - low;
  if (!(span > 0)) return { step: 1, ticks: [0, 1] };
  const rough = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((factor) => factor * magnitude >= rough) ?? 10) * magnitude;
  const first = Math.floor(low / step);
  const last = Math.ceil(high / step);
  const ticks: number[] = [];
  // Integer multiples of the step, so 0.1 + 0.2 style drift never shows in a label.
  for (let index = first; index <= last; index += 1) ticks.push(Number((index * step).toPrecision(12)));
  return { step, ticks };
}
