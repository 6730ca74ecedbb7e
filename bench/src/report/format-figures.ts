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

/** CPU per chunk, which is well under a millisecond: `167 µs`, `8.4 µs`. */
export function formatMicroseconds(milliseconds: number | undefined): string {
  if (milliseconds === undefined) return '—';
  const microseconds = milliseconds * 1000;
  return `${microseconds >= 100 ? microseconds.toFixed(0) : microseconds.toFixed(1)} µs`;
}

/** Kibibytes, whole: `412 kB`; one decimal below 10. */
export function formatKilobytes(bytes: number | undefined): string {
  if (bytes === undefined) return '—';
  const kilobytes = bytes / 1024;
  return `${kilobytes >= 10 ? kilobytes.toFixed(0) : kilobytes.toFixed(1)} kB`;
}

/** A ratio of two figures: `1.52×`. */
export function formatRatio(value: number | undefined): string {
  return value === undefined ? '—' : `${value.toFixed(2)}×`;
}
