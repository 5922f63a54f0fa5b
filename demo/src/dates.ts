/** Parses a Norwegian dd.mm.åååå date; undefined when the text is not such a date. */
export function parseNorskDato(text: string): Date | undefined {
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const date = new Date(Number(match[3]), Number(match[2]) - 1, Number(match[1]));
  return date.getDate() === Number(match[1]) ? date : undefined;
}

export function ageInYears(birth: string, today: Date = new Date()): number | undefined {
  const born = parseNorskDato(birth);
  if (!born) return undefined;
  let age = today.getFullYear() - born.getFullYear();
  const hadBirthday =
    today.getMonth() > born.getMonth() || (today.getMonth() === born.getMonth() && today.getDate() >= born.getDate());
  if (!hadBirthday) age -= 1;
  return age;
}
