import type { Pack, Rule } from '../../pack/schema';

/** The quality lead's overview of the pack (README.md beside it); the pack test keeps the two in sync. */
const AREA_TITLES: Record<string, string> = {
  medvirkning: 'Medvirkning (barnets stemme)',
  'barnets-beste': 'Barnets beste',
  'mal-tiltak': 'Mål og tiltak',
  frister: 'Frister',
  dokumentasjon: 'Dokumentasjon',
};
const TYPE_SHORT: Record<string, string> = { vedtak: 'V', tiltaksplan: 'P', evaluering: 'E' };

function cell(text: string): string {
  return text.replace(/\|/gu, '\\|').replace(/\n/gu, ' ');
}

function paramSummary(rule: Rule): string {
  return Object.entries(rule.params ?? {})
    .map(([k, v]) => (Array.isArray(v) ? `${k} (${v.length} ord)` : `${k} = ${String(v)}`))
    .join('; ');
}

export function renderReadme(pack: Pack): string {
  const lines: string[] = [
    `# ${pack.metadata.name} (\`${pack.id}\` ${pack.version})`,
    '',
    'Generert fra regelfilene (`npx tsx rules/standard/_lib/write-readme.ts`); ikke rediger for hånd.',
    '',
    pack.metadata.description ?? '',
    '',
    'Hver regel ligger i `rules/standard/<område>/<regel>.ts` sammen med sine gode og dårlige eksempler. Alvorlighet følger grunnlaget:',
    '**feil** bare der loven krever det, **advarsel** for tydelig veiledning (rundskriv/veileder), **råd** for god praksis.',
    'Ordlister, aldersgrenser og frister er parametere som en kvalitetsleder kan justere i en lokal pakke (`extends: "standard"`).',
    'Dokumenttyper: V = vedtak, P = tiltaksplan, E = evaluering.',
    '',
  ];
  for (const [area, title] of Object.entries(AREA_TITLES)) {
    const rules = pack.rules.filter((r) => r.area === area);
    lines.push(`## ${title} (${rules.length})`, '', '| Regel | Alvor | Gjelder | Grunnlag | Melding | Parametere |', '|---|---|---|---|---|---|');
    for (const r of rules) {
      const off = r.enabled === false ? ' (av som standard)' : '';
      lines.push(
        `| \`${r.id}\`${off} | ${r.severity} | ${r.appliesTo.map((t) => TYPE_SHORT[t]).join(', ')} | ${r.basis.kind}: ${cell(r.basis.ref)} | ${cell(r.message)} | ${cell(paramSummary(r))} |`,
      );
    }
    lines.push('');
  }
  lines.push(
    '## Kjente begrensninger',
    '',
    '- Ordlister sjekkes per felt, ikke per setning: «forklart merkelapp», «vekt på barnets mening» og «begrunnet sårbarhet» godtas hvis',
    '  feltet inneholder forklarende ord et sted, også om de gjelder noe annet.',
    '- Pakken ser ett dokument om gangen: hull mellom planer, like plannumre, tiltak i vedtaket som mangler i planen og om en',
    '  evaluering faktisk er gjort etter datoen i et eldre dokument, kan ikke sjekkes herfra.',
    '- Flere barn i samme tekst skilles ikke fra hverandre.',
    '- Klageadgang og hjemmel står i noen fagsystemer i brevmalen utenfor skjemaet; slå da av reglene i en lokal pakke.',
    '',
  );
  return lines.join('\n');
}
