/**
 * An e-mail or web address in the pieces a line may break between: before
 * its @, each dot, and each single slash with more after it, never inside
 * `://` (press | @gd | .example | .cn, https://www | .caea | .org | .cn/).
 * Wider than a phone's line in 大字模式, an address otherwise broke where
 * the line ran out and left a letter or two alone (press@gd.example.c / n,
 * https://www.caea.org.c / n/).
 */
export function addressPieces(address: string): string[] {
  return address.split(/(?=[@.])|(?<=[^/:])(?=\/[^/])/);
}
