import ISBN from 'isbn3';

/** `ISBN 978-7-108-00621-9`, as a copyright page prints it: the label goes, with hyphens, spaces and full-width forms. */
const LABEL = /^ISBN(?:-1[03])?[:\s]*/i;

/** The number as written, without its label: `ISBN 978-7-108-00621-9` → `978-7-108-00621-9`. */
export function isbnWithoutLabel(value: string): string {
  return value.normalize('NFKC').trim().replace(LABEL, '');
}

/** The number alone: `ISBN 978-7-108-00621-9` → `9787108006219`. */
export function plainIsbn(value: string): string {
  return isbnWithoutLabel(value).replace(/[-\s]/g, '');
}

/**
 * ISBN-13 with a correct check digit. isbn3 also knows the registration
 * groups, so a well-formed number in no real range is rejected too.
 */
export function isValidIsbn13(value: string): boolean {
  const digits = plainIsbn(value);
  if (!/^97[89]\d{10}$/.test(digits)) return false;
  const parsed = ISBN.parse(digits);
  return Boolean(parsed?.isValid && parsed.isIsbn13);
}

/** 978-7-02-000220-7, hyphenated by the registration ranges. */
export function hyphenateIsbn13(value: string): string {
  const parsed = ISBN.parse(plainIsbn(value));
  return parsed?.isbn13h ?? value;
}

/**
 * An ISBN-10 (books printed before 2007) as the ISBN-13 that stands for it
 * (978 in front, the check digit worked out again); undefined for anything
 * that is not a valid ISBN-10.
 */
export function isbn13FromIsbn10(value: string): string | undefined {
  const digits = plainIsbn(value);
  if (!/^\d{9}[\dX]$/i.test(digits)) return undefined;
  const parsed = ISBN.parse(digits);
  return parsed?.isValid && parsed.isIsbn10 ? parsed.isbn13h : undefined;
}
