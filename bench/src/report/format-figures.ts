/** Milliseconds with the precision the noise allows: `0.42 ms`, `12.3 ms`, `815 ms`; `+` marks an added time. */
export function formatMilliseconds(value: number | undefined, { signed = false } = {}): string {
  if (value === undefined) return '—';
  const magnitude = Math.abs(value);
  const text = value.toFixed(magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2);
  return `${signed && value >= 0 ? '+' : ''}${text} ms`;
}

/** Streams per second: whole numbers, one decimal below 100. */
export function formatRate(value: number | undefined): string {
  if (value === undefined) return '—';
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

/** Mebibytes with one decimal. */
export function formatMegabytes(bytes: number | undefined): string {
  return bytes === undefined ? '—' : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** `5 min 12 s`. */
export function formatDuration(milliseconds: number): string {
  const seconds = Math.round(milliseconds / 1000);
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes} min ${seconds % 60} s` : `${seconds} s`;
}
