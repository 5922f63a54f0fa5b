/**
 * Splits a list written in one field into its items: on commas, semicolons, line breaks, «og», «eller»,
 * «/», «+» and «&». Kept together: «v/» and «c/o» (Barnevernstjenesten v/ saksbehandler), a compound head
 * before «og» («Barne- og familieetaten»), and list bullets.
 */
const SEPARATOR = /\s*(?:[,;\n+&]|(?<!(?:^|[\s(])\p{L})\/|(?<![\p{L}\p{N}]-)\s(?:og|eller|samt)(?=\s))\s*/giu;
const BULLET = /^\s*(?:[-–•*·]|\d+[.)])\s*/u;

export function splitItems(text: string): string[] {
  // Collapsing runs of spaces first keeps the split linear on any input.
  return text
    .replace(/[ \t\u00a0]+/gu, ' ')
    .split(SEPARATOR)
    .map((item) => item.replace(BULLET, '').trim())
    .filter((item) => /[\p{L}\p{N}]/u.test(item));
}
