import { describe, expect, it } from 'vitest';
import { countChildStatements, findChildStatements } from './child-voice';

const count = (text: string, childName?: string) => countChildStatements(text, { childName, ignoreAgreementOnly: true });

describe('the child as speaker', () => {
  it.each([
    ['Lisa forteller at hun gruer seg til å gå på skolen.', 'Lisa Hansen'],
    ['I samtalen sier [navn] at han savner pappa.', undefined],
    ['I samtale alene sier [Anonymisert navn] at det er mye krangling hjemme.', undefined],
    ['«Jeg vil bo hjemme», sier gutten.', undefined],
    ['Per (9) sier han er lei seg når mor og far krangler.', 'Per'],
    ['Ifølge barnet er det mye krangling hjemme.', undefined],
    ['Barnets ønske er å bo hos mor.', undefined],
    ['Jenta gir uttrykk for at hun ønsker mer tid med far.', undefined],
    ['Ho seier at ho vil bu hjå pappa.', undefined],
    ['Skolen melder at han er urolig. Han sier selv at han kjeder seg i timene.', undefined],
    ['Lisa bor med mor. Hun sier at hun er sliten av kranglingen.', 'Lisa'],
    ['Lisa sier at hun ikke er enig i målene.', 'Lisa'],
    ['«Jeg vil ikke til besøkshjemmet i helgene.»', undefined],
    // The verb second and the subject after it, behind a phrase that names someone else.
    ['På spørsmål om skolen svarte Emil at det er kjedelig.', 'Emil'],
    ['Etter samtalen med mor sa han at han vil bo hjemme.', undefined],
    // A phrase with a small word inside it, and more verbs of saying.
    ['Emil gir selv uttrykk for at han trenger hjelp.', 'Emil'],
    ['Jenta har også gitt beskjed om at det er vanskelig i avlastningen.', undefined],
    ['Hun opplyser at hun ikke får sove om kvelden.', undefined],
    ['Emil nevnte at det er mye bråk hjemme.', 'Emil'],
    ['Ho nemnde at det er mykje bråk heime.', undefined],
    // The subject before a phrase that names someone else.
    ['Emil har i samtaler med saksbehandler flere ganger fortalt at han er redd.', 'Emil'],
    ['Saksbehandler spurte Emil om han trives, og han svarte at det er kjedelig.', 'Emil'],
    ['Emil har i den siste samtalen opplyst at det er bråk hjemme.', 'Emil'],
    ['Emil var opptatt av at det er for mye bråk hjemme.', 'Emil'],
  ])('counts «%s»', (text, name) => {
    expect(count(text, name)).toBe(1);
  });
});

describe('the child as object, or not heard', () => {
  it.each([
    ['Mor opplever at barnet er lei seg.', undefined],
    ['Mor sier: «Hun gråter hver kveld.»', undefined],
    ['Skolen forteller at Lisa sier at hun gruer seg.', 'Lisa'],
    ['Lisa vil få tilbud om støttekontakt.', 'Lisa'],
    ['Barnet har ikke uttalt seg.', undefined],
    ['Barnet ville ikke snakke med oss.', undefined],
    ['Vi mener at Lisa trenger hjelp.', 'Lisa'],
    ['Barnet er 3 år og ble observert i samspill med mor.', undefined],
    ['Barnesamtale er gjennomført.', undefined],
    ['Kontaktlæreren beskriver at gutten er stille i timene.', undefined],
    ['Far forteller at sønnen er redd for å være alene. Han sier at han ikke vet hva han skal gjøre.', undefined],
    ['På spørsmål om Emil svarte mor at han er lei seg.', 'Emil'],
    ['Etter samtalen med Emil sa far at gutten er redd.', 'Emil'],
    ['Mor nevner at Emil er lei seg.', 'Emil'],
    ['Skolen skriver at han er urolig i timene.', undefined],
    ['Læreren har også gitt beskjed om at jenta er sliten.', undefined],
    ['Mor har i samtaler med Emil flere ganger fortalt at han er lei seg.', 'Emil'],
    // The caseworker's question, not the child's answer.
    ['Saksbehandler spurte Emil om han trives.', 'Emil'],
    ['Vi spurte jenta hva hun ønsker seg.', undefined],
    ['Mor var opptatt av at Emil skal få bo hjemme.', 'Emil'],
    ['Saksbehandler har i samtale med Emil opplyst at tiltaket varer et år.', 'Emil'],
    ['Om kvelden forteller mor at Emil er urolig.', 'Emil'],
  ])('does not count «%s»', (text, name) => {
    expect(count(text, name)).toBe(0);
  });
});

describe('agreement only', () => {
  it('marks «hun er enig med målene» as agreement only (the seed\'s example)', () => {
    const [statement] = findChildStatements('Hun er enig med målene.');
    expect(statement?.agreementOnly).toBe(true);
    expect(count('Hun er enig med målene.')).toBe(0);
    expect(countChildStatements('Hun er enig med målene.')).toBe(1);
  });

  it('does not treat agreement with content of the child\'s own as agreement only', () => {
    expect(count('Lisa sier at hun er enig i målene, men hun vil ha mer tid med pappa.', 'Lisa')).toBe(1);
  });

  it('counts one statement per sentence, each sentence once', () => {
    const text = 'Lisa forteller at hun trives på skolen. Hun sier at hun gleder seg til helgene hos pappa. Mor er enig.';
    expect(count(text, 'Lisa')).toBe(2);
  });
});

describe('the audit\'s own patterns (seed 001, X19–X21 and the proposed fixtures)', () => {
  it('finds nothing in a situation told only through mother, school and PPT', () => {
    const proxyOnly = 'Mor opplever at [navn] er mye lei seg etter skolen. Skolen melder om høyt fravær. PPT mener at [navn] har behov for tett oppfølging.';
    expect(count(proxyOnly)).toBe(0);
  });

  it('finds three statements in the child\'s own account, quote included', () => {
    const own = '[navn] forteller i samtale alene med saksbehandler at hun gruer seg til friminuttene fordi hun ikke har noen å være sammen med. Hun sier: «Jeg vil at noen skal spørre meg om å være med.» Hun ønsker at støttekontakten kan bli med henne på håndball.';
    expect(count(own)).toBe(3);
  });

  it('counts nothing for process only («målene er gjennomgått med barnet, og barnet er enig i målene»)', () => {
    expect(count('Målene er gjennomgått med barnet, og barnet er enig i målene.')).toBe(0);
  });
});

describe('pronouns after the writer or a plural (reported by the standard pack\'s tests)', () => {
  it.each([
    'Saksbehandler snakket med [navn] alene. Hun sier: «Pappa sover når jeg går.»',
    'Vi snakket med [navn] alene. Hun sier at pappa sover om morgenen.',
    'Saksbehandlar snakka med [namn] åleine på skulen. Ho seier at ho saknar mor.',
    'Saksbehandlar snakka med [namn] åleine 28.04. Han seier at klatringa er det beste med veka.',
    'Foreldrene og Lisa var til stede. Hun sier at hun vil bo hos pappa.',
  ])('reads «%s» as the child speaking', (text) => {
    expect(count(text, 'Lisa')).toBeGreaterThan(0);
  });

  it('still reads «hun» after a mother as the mother', () => {
    expect(count('Saksbehandler snakket med mor. Hun sier at Lisa sover dårlig.', 'Lisa')).toBe(0);
  });
});

describe('clauses that share a subject, and the caseworker asking', () => {
  it.each([
    'Emil tegnet familien sin og fortalte om tegningen.',
    'Da vi spurte Emil om skolen, sa han at han ikke har noen venner.',
    'På spørsmål om hvordan han har det, svarer Emil at det går fint.',
    'Ved samtale 12.03. uttalte Emil at han ønsker å fortsette med fotball.',
    'Emil spurte om han kan bo hos pappa i sommerferien.',
  ])('reads «%s» as the child speaking', (text) => {
    expect(count(text, 'Emil Holtevik')).toBe(1);
  });

  it('gives a shared subject to the proxy too', () => {
    expect(count('Mor ringte og fortalte at Emil gråter om kveldene.', 'Emil Holtevik')).toBe(0);
  });
});

describe('names written with decomposed letters', () => {
  it('recognises «Åse» whether the form or the text decomposes the «Å»', () => {
    expect(count('A\u030ase forteller om skolen.', 'Åse Berg')).toBe(1);
    expect(count('Åse forteller om skolen.', 'A\u030ase Berg')).toBe(1);
    expect(count('Åse forteller om skolen.', undefined)).toBe(0);
  });
});

describe('probed phrasings: the child speaking', () => {
  it.each([
    // Impersonal, the child named in the phrase before it.
    ['I samtale med barnet kom det frem at han er redd for far.', undefined],
    ['I samtale med barnet kom det fram at han er redd for far.', undefined],
    ['I samtalen med Emil kom det frem at han ikke sover om natta.', 'Emil'],
    ['Av samtalen med jenta går det fram at ho saknar mor.', undefined],
    ['I samtalen med Emil fremkom det at han gruer seg til helgene.', 'Emil'],
    // A modal or «å (få)» before an infinitive of saying with «at».
    ['Emil kunne fortelle at far slår.', 'Emil'],
    ['Jenta kunne fortelle at far slår.', undefined],
    ['Han kunne fortelje at far slår.', undefined],
    ['Det var viktig for Emil å få si at han er glad i mor.', 'Emil'],
    ['Det var viktig for gutten å få si at han er glad i mor.', undefined],
    // «godt» is no agreement word.
    ['Emil beskriver forholdet til mor som godt.', 'Emil'],
    ['Hun sier at hun har det godt hos fosterfamilien.', undefined],
    // More verbs of saying.
    ['Gutten bekrefter at far slår når han er full.', undefined],
    ['Jenta oppgir at hun ikke har spist frokost på lenge.', undefined],
    // The initial of the child's first name.
    ['E. forteller at han er redd for å gå hjem.', 'Emil Hansen'],
    ['I samtalen sier E. at han vil bo hos far.', 'Emil Hansen'],
    // «i følge» written apart.
    ['I følge Emil er det mye krangling hjemme.', 'Emil'],
    // The view given after «Barnets ønske».
    ['Barnets ønske er at hun skal få bo hos mor.', undefined],
    ['Barnets syn: hun vil ikke flytte.', undefined],
    ['Barnets ønske om å flytte til far er tydelig.', undefined],
    // An impersonal phrase before the child speaks.
    ['Som det fremkommer over, sier Emil at han vil bo hjemme.', 'Emil'],
  ])('counts «%s»', (text, name) => {
    expect(count(text, name)).toBe(1);
  });
});

describe('probed phrasings: spoken for, assessed, or only said to be heard', () => {
  it.each([
    // Heard and weighed, but no view given.
    ['Barnets mening er tillagt vekt.', undefined],
    ['Barnets mening er tatt med i vurderingen.', undefined],
    ['Barnets syn er ivaretatt.', undefined],
    ['Barnets ønske er vektlagt.', undefined],
    ['Meininga til barnet er vektlagt, og barnets ynske er kjent.', undefined],
    // Someone else's view, by genitive or «ifølge».
    ['Etter mors syn ønsker barnet å bo hjemme.', undefined],
    ['Det er mors oppfatning at barnet vil bo hjemme.', undefined],
    ['Det er barnevernets vurdering at barnet ønsker å bo hjemme.', undefined],
    ['Skolens inntrykk er at gutten trives godt.', undefined],
    ['Ifølge kontaktlærer har Emil sagt at han er redd.', 'Emil'],
    ['I følge mor vil Emil bo hjemme.', 'Emil'],
    // Assessed or seen by someone else.
    ['Barnevernstjenesten vurderer at Emil ønsker å bo hjemme.', 'Emil'],
    ['Vi vurderer at barnet ønsker å bo hjemme.', undefined],
    ['Vi ser at barnet trives i barnehagen.', undefined],
    ['Fosterforeldrene har merket at jenta gleder seg til samvær.', undefined],
    ['Skolen melder at han trives godt.', undefined],
    ['Helsesykepleier bekrefter at jenta sier at hun vil flytte.', undefined],
    // Said, by nobody named.
    ['Det er sagt at gutten vil bo hjemme.', undefined],
    ['Det opplyses at gutten ønsker å flytte.', undefined],
    ['Det fremkommer at jenta gruer seg til samvær.', undefined],
    ['Av mors forklaring fremkommer det at Emil ønsker å flytte.', 'Emil'],
    ['Gutten beskrives som urolig av skolen.', undefined],
    // Declining to speak.
    ['Gutten ønsket ikke å snakke med oss.', undefined],
    ['Jenta ønsket ikke å uttale seg.', undefined],
    ['Guten ynskjer ikkje å snakke om heimen.', undefined],
    // Process: the child will be heard.
    ['Emil skal få si sin mening før vedtaket fattes.', 'Emil'],
    ['Barnet har fått anledning til å fortelle om hvordan hun har det.', undefined],
  ])('does not count «%s»', (text, name) => {
    expect(count(text, name)).toBe(0);
  });
});

describe('probed phrasings: views named with whose they are', () => {
  it.each([
    ['Barnet sitt ynske er å bu hjå mor.', undefined],
    ['Meininga til barnet er at ho vil bu heime.', undefined],
    ['Synet til guten er at han vil flytte.', undefined],
  ])('counts the child\'s view «%s»', (text, name) => {
    expect(count(text, name)).toBe(1);
  });

  it.each([
    ['Vårt inntrykk er at jenta ønsker å bo hjemme.', undefined],
    ['Det er vår vurdering at barnet ønsker å bo hjemme.', undefined],
    ['Mitt inntrykk er at gutten trives.', undefined],
    ['Etter min mening vil gutten helst bo hjemme.', undefined],
    ['Vurderinga vår er at barnet vil bu heime.', undefined],
    ['Mor sin oppfatning er at barnet vil bo hjemme.', undefined],
    ['Meininga til mor er at guten vil bu heime.', undefined],
    ['Vi har inntrykk av at gutten trives.', undefined],
    ['Det virker som om barnet trives.', undefined],
    ['Det ser ut til at jenta gleder seg til samvær.', undefined],
  ])('does not count someone else\'s view «%s»', (text, name) => {
    expect(count(text, name)).toBe(0);
  });
});

describe('probed phrasings: who speaks', () => {
  it.each([
    ['Hun mener Emil vil bo hjemme, sier mor.', 'Emil'],
    ['Han trives best hos oss, forteller fosterfar.', undefined],
    ['Ho vil bu heime, seier mora.', undefined],
  ])('reads a closing «…, sier mor» as someone else speaking: «%s»', (text, name) => {
    expect(count(text, name)).toBe(0);
  });

  it.each([
    ['Jeg vil bo hos pappa, sier Emil.', 'Emil'],
    ['Emil har i samtale med mor og saksbehandler sagt at han vil flytte.', 'Emil'],
    ['Emil om skolen: «Det er kjedelig og ingen vil leke med meg.»', 'Emil'],
    ['Emil ringte saksbehandler: «Jeg vil ikke hjem i kveld.»', 'Emil'],
  ])('counts «%s»', (text, name) => {
    expect(count(text, name)).toBe(1);
  });

  it.each([
    ['Mor har i samtale med Emil og saksbehandler sagt at han er lei seg.', 'Emil'],
    ['Mor ringte om Emil: «Jeg orker ikke mer.»', 'Emil'],
  ])('does not count «%s»', (text, name) => {
    expect(count(text, name)).toBe(0);
  });
});

describe('probed phrasings: asked, asking and answering', () => {
  it.each([
    ['Lisa ble spurt om hun ønsker samvær.', 0],
    ['Lisa ble spurt om hun ønsker samvær. Hun svarte nei.', 1],
    ['Lisa ble spurt om hun ønsker samvær. Hun ønsket ikke å svare.', 0],
    ['Jenta vart spurd om ho vil bu heime, og ho svarte ja.', 1],
    ['Jenta vart spurd om ho vil bu heime.', 0],
    ['Barnet har ikke ønsket å snakke med barnevernet.', 0],
    ['Lisa lurer på om hun kan flytte hjem.', 1],
    ['Lisa lurte på hvorfor hun ikke kan bo hjemme.', 1],
    ['Mor lurer på om Lisa vil flytte hjem.', 0],
    ['Lisa nikket da vi spurte om hun trives.', 1],
    ['Lisa ristet på hodet da vi spurte om hun vil hjem.', 1],
  ])('«%s»: %i', (text, expected) => {
    expect(count(text, 'Lisa Berg')).toBe(expected);
  });
});

describe('probed phrasings: nynorsk verbs, wishes as nouns, transcripts and questions', () => {
  it.each([
    ['Ho forklarar at ho skulkar fordi ho blir mobba.', 1],
    ['Guten gjev uttrykk for glede over å få bu hjå fosterfamilien.', 1],
    ['Emil har et sterkt ønske om å bo hos far.', 1],
    ['Emil har eit ynske om å bu hjå far.', 1],
    ['Mor har et ønske om at Emil skal bo hjemme.', 0],
    ['Emil: Jeg vil hjem.', 1],
    ['Emil (8): – Jeg vil ikke bo hos pappa.', 1],
    ['Barnet (10 år): Eg vil bu her.', 1],
    ['Mor: Jeg orker ikke mer.', 0],
    ['Referat: Jeg snakket med Emil om skolen.', 0],
    ['Sa Emil noe om skolen? Ja, han sa at han liker det.', 1],
    ['Hva ønsker Emil selv?', 0],
    ['Hvorfor sa han: «Jeg vil ikke hjem»?', 1],
  ])('«%s»: %i', (text, expected) => {
    expect(count(text, 'Emil Hansen')).toBe(expected);
  });
});

describe('probed phrasings: doubt and condition are no statement', () => {
  it.each([
    ['Det er uklart om Emil ønsker samvær.', 0],
    ['Det er ikke vurdert om Emil ønsker samvær.', 0],
    ['Vi vet ikke hva Emil ønsker.', 0],
    ['Hva Emil ønsker, er ikke kjent.', 0],
    ['Hvis Emil ønsker det, kan han få støttekontakt.', 0],
    ['Dersom gutten ønsker det, kan han få støttekontakt.', 0],
    ['Emil får bo hjemme så lenge han ønsker.', 0],
    ['Det er usikkert korleis Emil opplever samværet.', 0],
    ['Samtale med Emil: Jeg spurte ham om skolen.', 0],
    // Still the child's own.
    ['Emil spurte om han kan bo hos pappa i sommerferien.', 1],
    ['Emil sier at han ikke vet om han vil flytte.', 1],
    ['Samtale med Emil 12.03: Emil sa at han vil hjem.', 1],
  ])('«%s»: %i', (text, expected) => {
    expect(count(text, 'Emil Hansen')).toBe(expected);
  });
});

describe('quotation marks of every kind', () => {
  it.each([
    '«Jeg vil ikke dit.»',
    '“Jeg vil ikke dit.”',
    '„Jeg vil ikke dit.“',
    '"Jeg vil ikke dit."',
    '‘Jeg vil ikke dit.’',
  ])('counts the child\'s unattributed first person in %s', (text) => {
    expect(count(text)).toBe(1);
  });

  it('reads «Emil’s» apostrophe as no quote', () => {
    expect(count('Mor sier at Emil’s rom er ryddig og at jeg-form ikke brukes.', 'Emil')).toBe(0);
  });
});

describe('a name not on the form, written with the child\'s age', () => {
  it.each([
    ['Sara (9) forteller at far drikker.', 1],
    ['Ali (14 år) sier at det er for mye krangling hjemme.', 1],
    ['Sara (9) tegnet og fortalte om familien sin.', 1],
    ['Mor (34) forteller at hun er sliten.', 0],
    ['Sara (mor) forteller at far drikker.', 0],
    ['Sara forteller at far drikker.', 0],
  ])('«%s»: %i', (text, expected) => {
    expect(count(text)).toBe(expected);
  });
});
