import ISBN from 'isbn3';

/**
 * ISBN-13 with a correct check digit. isbn3 also knows the registration
 * groups, so a well-formed number in no real range is rejected too.
 */
export function isValidIsbn13(value: string): boolean {
  const digits = value.replace(/[-\s]/g, '');
  if (!/^97[89]\d{10}$/.test(digits)) return false;
  const parsed = ISBN.parse(digits);
  return Boolean(parsed?.isValid && parsed.isIsbn13);
}

/** 978-7-02-000220-7, hyphenated by the registration ranges. */
export function hyphenateIsbn13(value: string): string {
  const parsed = ISBN.parse(value.replace(/[-\s]/g, ''));
  return parsed?.isbn13h ?? value;
}
