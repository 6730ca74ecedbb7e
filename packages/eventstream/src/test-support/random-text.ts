/** Characters of every UTF-8 length and the ones JSON escapes: ASCII, quotes, controls, é, 中, U+2028, astral emoji. */
const alphabet = [
  'a',
  'Z',
  '7',
  ' ',
  '"',
  '\\',
  '\n',
  '\u0000',
  '\u001f',
  'é',
  'ß',
  '中',
  '\u2028',
  '\uffff',
  '🇫🇷',
  '😀',
  '𝄞',
];

/** A random string of up to `maxLength` characters from {@link alphabet}, drawn with `random`. */
export function randomText(random: () => number, maxLength: number): string {
  let text = '';
  const length = Math.floor(random() * (maxLength + 1));
  for (let index = 0; index < length; index++) text += alphabet[Math.floor(random() * alphabet.length)];
  return text;
}
