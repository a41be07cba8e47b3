/**
 * The footer's contact line in the parts its editor set apart, at a
 * full-width space or two spaces or more (网站联系电话：… 电子邮箱：…): the
 * footer shows each as one piece, which goes to the next line whole where it
 * fits there, rather than leave 电子邮箱： at the end of a line and its
 * address under it.
 */
export function contactParts(contact: string): string[] {
  return contact
    .split(/\u3000+|\s{2,}/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * A part cut around its hyphenated numbers (020-12345678), the odd pieces:
 * the footer keeps each on one line, where a phone would break it at its
 * hyphen rather than after 网站联系电话：.
 */
export function aroundHyphenatedNumbers(part: string): string[] {
  return part.split(/(\d+(?:-\d+)+)/);
}
