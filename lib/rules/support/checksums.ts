// Checksums that tell real identifiers from random digits: the Dutch 11-proef for a BSN and the
// ISO 13616 mod-97 check for an IBAN; and the shape of a Dutch postcode.

/** BSN 11-proef: 9 digits d1..d9 with 9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11 (and not all zero). */
export function isValidBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** IBAN lengths per country for the countries a Dutch school meets; others: 15–34. */
const IBAN_LENGTH: Record<string, number> = { NL: 18, BE: 16, DE: 22, FR: 27, GB: 22, LU: 20, ES: 24, IT: 27, PL: 28, TR: 26 };

/** ISO 13616: move the first four characters to the end, letters to 10..35, the number mod 97 is 1. */
export function isValidIban(input: string): boolean {
  const iban = input.replace(/[\s.-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const expected = IBAN_LENGTH[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch);
    // Letters are two digits; fold them in one at a time to stay inside safe integers.
    rest = value >= 10 ? (rest * 100 + value) % 97 : (rest * 10 + value) % 97;
  }
  return rest === 1;
}

/** Dutch postcode: 4 digits (no leading 0), optional space, 2 capitals; SA, SD and SS are not issued. */
export const POSTCODE = /(?<![\p{L}\p{N}])([1-9]\d{3}) ?([A-Z]{2})(?![\p{L}\p{N}])/gu;

export function isPostcode(s: string): boolean {
  const m = /^([1-9]\d{3}) ?([A-Z]{2})$/.exec(s.trim());
  return m !== null && !['SA', 'SD', 'SS'].includes(m[2]!);
}

/** Postcode in one canonical form ("9989AB") for comparison. */
export function normalizePostcode(s: string): string {
  return s.replace(/\s+/g, '').toUpperCase();
}
