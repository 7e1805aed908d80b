// Case and diacritics folding with an offset map back to the original text.

export interface MappedText {
  text: string;
  /** map[i] = offset in the original of the first UTF-16 unit that produced text[i]. */
  map: Int32Array;
  /** mapEnd[i] = offset just after the original character that produced text[i]. */
  mapEnd: Int32Array;
  originalLength: number;
}

// Zero-width space/joiners, word joiner, BOM, soft hyphen, variation selectors: invisible, so removed.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFE00-\uFE0F\uFEFF]/;
const COMBINING = /\p{M}/u;

/** Folds one code point (as a string) to lower case without diacritics. May return '' or several chars. */
export function foldChar(ch: string): string {
  if (INVISIBLE.test(ch)) return '';
  const nfkd = ch.normalize('NFKD');
  let out = '';
  for (const c of nfkd) if (!COMBINING.test(c)) out += c;
  return out.toLowerCase();
}

export function foldWithMap(original: string): MappedText {
  const chars: string[] = [];
  const map: number[] = [];
  const mapEnd: number[] = [];
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    // Lone surrogates become U+FFFD so they never split a span.
    const ch = cp >= 0xd800 && cp <= 0xdfff ? '\uFFFD' : original.slice(i, i + width);
    const folded = foldChar(ch);
    for (const unit of folded) {
      for (let k = 0; k < unit.length; k++) {
        chars.push(unit[k]!);
        map.push(i);
        mapEnd.push(i + width);
      }
    }
    i += width;
  }
  return { text: chars.join(''), map: Int32Array.from(map), mapEnd: Int32Array.from(mapEnd), originalLength: original.length };
}

/** Plain folding without a map, for word lists and policy values. */
export function fold(s: string): string {
  return foldWithMap(s).text;
}
