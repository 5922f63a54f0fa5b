// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readDocument } from '../read';
import { fields, row, sub } from '../test/expect';
import { loadPage, snapshot } from '../test/load-page';

/** Reads a fixture page with the generic adapter and checks that reading left the page untouched. */
function read(page: string) {
  const doc = loadPage(page);
  const before = snapshot(doc);
  const result = readDocument(doc);
  expect(snapshot(doc)).toBe(before);
  return { doc, result };
}

const tags = (elements: Map<string, Element>) =>
  Object.fromEntries([...elements].map(([ref, el]) => [ref, el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '')]));

describe('generic adapter on invented fagsystems', () => {
  it('reads a Familia-like vedtak: <label for>, textareas, select, checkbox, dl header, a CKEditor 5 field', () => {
    const { result } = read('familia-vedtak.html');
    expect(result?.adapterId).toBe('generic');
    expect(result?.model).toEqual({
      documentType: 'vedtak',
      title: 'Vedtak om hjelpetiltak – Familia',
      fields: {
        ...fields({
          barnetsNavn: ['Lise Nordmann', 'Barnets navn'],
          fodselsdato: ['12.03.2014', 'Fødselsdato'],
          vedtaksdato: ['2025-02-03', 'Vedtaksdato *'],
          meldingMottatt: ['14.10.2024', 'Melding mottatt'],
          hjemmel: ['Barnevernsloven § 3-1', 'Hjemmel:'],
          bakgrunn: ['Barnevernstjenesten mottok bekymringsmelding fra skolen 14.10.2024.\nLise har hatt høyt fravær siden august.', '1. Sakens bakgrunn'],
          barnetsSynspunkter: ['Lise sier: «Jeg vil at mamma skal ha det bra.»', 'Barnets synspunkter (valgfritt)'],
          foreldrenesSynspunkter: ['Mor ønsker hjelp med rutiner.', 'Foreldrenes synspunkter'],
          vurdering: ['Tjenesten vurderer at familien trenger veiledning.\nSkolen melder bedre oppmøte de siste ukene.', 'Barnevernstjenestens vurdering'],
          barnetsBeste: ['Det er til Lises beste å bo hjemme med støtte.', 'Vurdering av barnets beste'],
          vedtak: ['Lise innvilges foreldreveiledning (PMTO), jf. barnevernsloven § 3-1.', 'Vedtak'],
          mal: ['Faste rutiner for skolegang.', 'Mål med tiltaket'],
          varighetEvaluering: ['Tiltaket varer i seks måneder og evalueres hver tredje måned.', 'Varighet og evaluering'],
          klageadgang: ['Vedtaket kan påklages til Statsforvalteren innen tre uker.', 'Klageadgang'],
          avslutterTiltak: ['', 'Vedtaket avslutter et tiltak', false],
        }),
      },
      rows: {},
    });
    const els = tags(result!.elements);
    // The CKEditor field anchors on the visible editable, never on the hidden (empty) source textarea.
    expect(els.vurdering).toBe('div');
    expect(result!.elements.get('vurdering')!.classList.contains('ck-editor__editable')).toBe(true);
    expect(els.bakgrunn).toBe('textarea#f-bakgrunn');
    expect(els.barnetsNavn).toBe('dd');
    expect(Object.values(els)).not.toContain('textarea#f-intern');
  });

  it('reads a Modulus-like tiltaksplan: <th>/<dt> labels and a delmål table where an empty delmål cell continues the previous delmål', () => {
    const { result } = read('modulus-tiltaksplan.html');
    expect(result?.model).toEqual({
      documentType: 'tiltaksplan',
      title: 'Tiltaksplan for hjelpetiltak',
      fields: fields({
        barnetsNavn: ['Emil Hansen', 'Barnets navn:'],
        fodselsdato: ['05.09.2016', 'Født:'],
        planNummer: ['3', 'Plannummer'],
        planperiodeFra: ['01.02.2025', 'Planperiode fra'],
        planperiodeTil: ['31.01.2026', 'Planperiode til'],
        nesteEvaluering: ['2025-05-01', 'Neste evaluering'],
        situasjonsbeskrivelse: ['Emil bor med far. Han har mye fravær fra skolen og lite kontakt med venner.', 'Situasjonsbeskrivelse'],
        barnetsSynspunkter: ['Emil sier at han liker fotball og vil ha en voksen å snakke med.', 'Barnets stemme'],
        hovedmal: ['Emil skal ha en trygg og forutsigbar hverdag.', 'Hovedmål'],
      }),
      rows: {
        delmal: [
          row('delmal[0]', { delmal: ['Emil møter på skolen hver dag.', 'Delmål'], indikatorer: ['Fravær under 5 % per måned.', 'Indikatorer'] }, {
            tiltak: [
              sub('tiltak', 0, { tiltak: ['Støttekontakt følger til skolen.', 'Tiltak'], ansvarlig: ['Barnevernstjenesten', 'Ansvarlig'], omfang: ['3 morgener i uken', 'Omfang'] }),
              sub('tiltak', 1, { tiltak: ['Samarbeidsmøte med skolen.', 'Tiltak'], ansvarlig: ['Skolen', 'Ansvarlig'], omfang: ['Hver måned', 'Omfang'] }),
            ],
          }),
          row('delmal[1]', { delmal: ['Emil deltar på en fritidsaktivitet.', 'Delmål'], indikatorer: ['', 'Indikatorer'] }, {
            tiltak: [sub('tiltak', 0, { tiltak: ['Far følger Emil til fotballtrening.', 'Tiltak'], ansvarlig: ['Far', 'Ansvarlig'], omfang: ['', 'Omfang'] })],
          }),
        ],
      },
    });
    const els = tags(result!.elements);
    expect(els['delmal[0].tiltak[1].ansvarlig']).toBe('select');
    expect(els['delmal[0].tiltak[1].omfang']).toBe('input');
    expect(els['delmal[1].delmal']).toBe('textarea');
  });

  it('reads repeated fieldsets «Delmål 1/2/nr. 3» with nested «Tiltak n», aria-labelledby contenteditables and nynorsk labels', () => {
    const { result } = read('nynorsk-delmal-fieldsets.html');
    const tiltak = (i: number, what: string, who: string, often: string) =>
      sub('tiltak', i, { tiltak: [what, 'Kva skal gjerast'], ansvarlig: [who, 'Ansvarleg'], omfang: [often, 'Kor ofte'] });
    expect(result?.model).toEqual({
      documentType: 'tiltaksplan',
      title: 'Tiltaksplan',
      fields: fields({
        barnetsNavn: ['Sigrid Haugen', 'Namn på barnet'],
        fodselsdato: ['22.11.2012', 'Fødselsdato'],
        planperiodeFra: ['01.09.2024', 'Planperiode frå'],
        planperiodeTil: ['30.11.2025', 'Planperiode til'],
        situasjonsbeskrivelse: ['Sigrid bur hjå mor.\nHo har vanskar med søvn og kjem seint på skulen.', 'Skildring av situasjonen'],
        barnetsSynspunkter: ['Sigrid seier: «Eg vil sova betre.»\nHo vil gjerne ha ein støttekontakt.', 'Barnets meining'],
        nesteEvaluering: ['2024-12-01', 'Neste evaluering'],
      }),
      rows: {
        delmal: [
          row('delmal[0]', {
            delmal: ['Sigrid legg seg før klokka 22 på skuledagar.', 'Delmål'],
            indikatorer: ['Mor fører søvndagbok; 4 av 5 kveldar før 22.', 'Korleis ser vi at målet er nådd?'],
          }, { tiltak: [tiltak(0, 'Familieveiledar hjelper med kveldsrutinar', 'Barnevernstenesta', 'Kvar veke')] }),
          row('delmal[1]', {
            delmal: ['Sigrid har ein vaksen å snakka med utanfor heimen.', 'Delmål'],
            indikatorer: ['', 'Indikatorar'],
          }, {
            tiltak: [
              tiltak(0, 'Støttekontakt', 'Barnevernstenesta', 'To timar kvar veke'),
              tiltak(1, 'Samtalar med helsesjukepleiar', '', ''),
            ],
          }),
          row('delmal[2]', { delmal: ['Mor og Sigrid et middag saman.', 'Delmål'] }, { tiltak: [] }),
        ],
      },
    });
    expect(result!.elements.get('delmal[1].tiltak[1].tiltak')!.id).toBe('d2t2-kva');
    expect(result!.elements.get('situasjonsbeskrivelse')!.getAttribute('contenteditable')).toBe('true');
  });

  it('reads an evaluering with TinyMCE-style iframe editors, a måloppnåelse table and «Tiltak n» sections with radio decisions', () => {
    const { doc, result } = read('iframe-editor-evaluering.html');
    expect(result?.model).toEqual({
      documentType: 'evaluering',
      title: 'Evaluering av tiltaksplan – BarnevernPro',
      fields: fields({
        evalueringsdato: ['15.05.2025', 'Evalueringsdato'],
        forrigeEvaluering: ['10.02.2025', 'Forrige evaluering'],
        barnetsSynspunkter: ['Emil sier at han liker støttekontakten.\nHan vil fortsette med fotball.', 'Barnets synspunkter'],
        samletVurdering: ['Tiltakene virker delvis. Støttekontakt fortsetter; samarbeidsmøtene avsluttes.', 'Oppsummering'],
        nesteEvaluering: ['15.08.2025', 'Neste evaluering'],
      }),
      rows: {
        delmal: [
          row('delmal[0]', { delmal: ['Emil møter på skolen hver dag.', 'Delmål'], evaluering: ['Fraværet er halvert, men fortsatt over målet.', 'Vurdering'] }),
          row('delmal[1]', { delmal: ['Emil deltar på en fritidsaktivitet.', 'Delmål'], evaluering: ['Emil går på fotball to ganger i uken.', 'Vurdering'] }),
        ],
        tiltak: [
          row('tiltak[0]', { tiltak: ['Støttekontakt', 'Tiltak 1: Støttekontakt'], beslutning: ['Fortsette', 'Beslutning'], begrunnelse: ['Emil har god kontakt med støttekontakten.', 'Begrunnelse'] }),
          row('tiltak[1]', { tiltak: ['Samarbeidsmøte med skolen', 'Tiltak 2: Samarbeidsmøte med skolen'], beslutning: ['Avslutte', 'Beslutning'], begrunnelse: ['', 'Begrunnelse'] }),
        ],
      },
    });
    // Iframe editors anchor on the iframe element; the hidden textarea TinyMCE replaced is not read.
    expect(result!.elements.get('barnetsSynspunkter')).toBe(doc.getElementById('e-barnet_ifr'));
    expect(result!.elements.get('samletVurdering')).toBe(doc.getElementById('e-samlet_ifr'));
  });

  it('returns null for a page that is not a vedtak, tiltaksplan or evaluering, even when it links to them and has familiar labels', () => {
    const { result } = read('journalnotat-not-a-document.html');
    expect(result).toBeNull();
  });

  it('reads Quill (label for the container; preceding heading) and CKEditor 5 (label of the hidden textarea), and a Ja/Nei radio group', () => {
    const { result } = read('quill-ckeditor-vedtak.html');
    expect(result?.model).toEqual({
      documentType: 'vedtak',
      title: 'Nytt vedtak',
      fields: fields({
        bakgrunn: ['Skolen meldte bekymring i oktober.\nMor ønsker hjelp.', 'Bakgrunn'],
        barnetsSynspunkter: ['', 'Barnets mening'],
        barnetsBeste: ['Vurdering\nBarnet trenger ro.\nTiltaket er minst inngripende.', 'Barnets beste'],
        avslutterTiltak: ['Nei', 'Vedtaket avslutter et tiltak', false],
      }),
      rows: {},
    });
    const els = result!.elements;
    expect(els.get('bakgrunn')!.classList.contains('ql-editor')).toBe(true);
    expect(els.get('barnetsSynspunkter')!.classList.contains('ql-editor')).toBe(true);
    expect(els.get('barnetsBeste')!.classList.contains('ck-editor__editable')).toBe(true);
    expect(els.get('avslutterTiltak')!.tagName).toBe('FIELDSET');
  });

  it('reads an SPA with div labels, help text, an autosize shadow textarea and «Delmål n» cards holding tiltak tables', () => {
    const { result } = read('spa-cards-tiltaksplan.html');
    const tiltak = (i: number, what: string, who: string, often: string) =>
      sub('tiltak', i, { tiltak: [what, 'Tiltak'], ansvarlig: [who, 'Hvem har ansvar'], omfang: [often, 'Hvor ofte'] });
    expect(result?.model).toEqual({
      documentType: 'tiltaksplan',
      title: 'Tiltaksplan',
      fields: fields({
        planperiodeFra: ['01.03.2025', 'Fra dato'],
        planperiodeTil: ['28.02.2026', 'Til dato'],
        nesteEvaluering: ['01.06.2025', 'Neste evaluering'],
        situasjonsbeskrivelse: ['Emma bor med far og lillebror.\nHun strever med å komme seg på skolen om morgenen.', 'Beskrivelse av barnets situasjon'],
        barnetsSynspunkter: ['Emma sier: «Jeg liker å tegne, men jeg er lei meg når pappa er sint.»', 'Barnets stemme'],
      }),
      rows: {
        delmal: [
          row('delmal[0]', {
            delmal: ['Emma kommer presis på skolen.', 'Beskrivelse av delmålet'],
            indikatorer: ['Maks to sene ankomster per måned.', 'Kriterier for måloppnåelse'],
          }, { tiltak: [tiltak(0, 'Familieveileder morgenrutiner', 'Barneverntjenesten', '2 morgener per uke'), tiltak(1, 'Vekkeklokke og ukeplan', 'Far', 'Daglig')] }),
          row('delmal[1]', {
            delmal: ['Emma har en fritidsaktivitet.', 'Beskrivelse av delmålet'],
            indikatorer: ['', 'Kriterier for måloppnåelse'],
          }, { tiltak: [] }),
        ],
      },
    });
    expect(result!.elements.get('barnetsSynspunkter')!.classList.contains('autosize-shadow')).toBe(false);
  });

  it('reads a legacy layout-table vedtak in nynorsk: a bold stand-alone title, «Ledetekst:» cells and bold rows above the fields', () => {
    const { result } = read('legacy-nynorsk-vedtak.html');
    expect(result?.model).toEqual({
      documentType: 'vedtak',
      title: 'VEDTAK OM HJELPETILTAK',
      fields: fields({
        barnetsNavn: ['Kari Vik', 'Namn på barnet:'],
        fodselsdato: ['14.04.2011', 'Fødd:'],
        vedtaksdato: ['03.02.2025', 'Vedtaksdato:'],
        hjemmel: ['Barnevernslova § 3-1', 'Heimel:'],
        bakgrunn: ['Skulen melde uro i september.', 'Bakgrunn for saka'],
        barnetsSynspunkter: ['Kari seier at ho vil bu heime.', 'Barnet sitt syn'],
        vurdering: ['Tenesta meiner Kari treng støttekontakt.', 'Barnevernstenesta si vurdering'],
        barnetsBeste: ['Det er best for Kari å bu heime med hjelp.', 'Kva er best for barnet'],
        vedtak: ['Kari får støttekontakt, jf. barnevernslova § 3-1.', 'Det blir gjort slikt vedtak'],
        klageadgang: ['De kan klage til Statsforvaltaren innan tre veker.', 'Høve til å klage'],
      }),
      rows: {},
    });
  });
});
