/** The characters Bedrock's `p` padding is drawn from, always as a prefix of this string. */
export const paddingAlphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** The shortest and longest padding in Bedrock's recorded replies. */
export const minimumPaddingLength = 2;
export const maximumPaddingLength = 61;

const paddings: readonly string[] = Array.from({ length: paddingAlphabet.length + 1 }, (_, length) =>
  paddingAlphabet.slice(0, length),
);

const lengthChoices = maximumPaddingLength - minimumPaddingLength + 1;
// The largest multiple of lengthChoices that fits a byte, so that `byte % lengthChoices` stays uniform.
const unbiasedByteLimit = 256 - (256 % lengthChoices);
const randomBytes = new Uint8Array(256);
let nextRandomByte = randomBytes.length;

/**
 * A padding length drawn uniformly from 2–61. Bedrock pads each event so that the size of an encrypted frame does
 * not tell the length of the text in it; the length must be unpredictable, so it comes from the platform's
 * cryptographic random source, fetched in batches because this runs once per event.
 */
export function randomPaddingLength(): number {
  for (;;) {
    if (nextRandomByte === randomBytes.length) {
      crypto.getRandomValues(randomBytes);
      nextRandomByte = 0;
    }
    const byte = randomBytes[nextRandomByte++] as number;
    if (byte < unbiasedByteLimit) return minimumPaddingLength + (byte % lengthChoices);
  }
}

/** The padding string of a given length: the first `length` characters of {@link paddingAlphabet}. */
export function paddingOfLength(length: number): string {
  const padding = paddings[length];
  if (padding === undefined) {
    throw new RangeError(`A padding length must be a whole number from 0 to ${paddingAlphabet.length}, not ${length}`);
  }
  return padding;
}
