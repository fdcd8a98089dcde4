/**
 * Source types as the popup shows them, per type and language, with the cases that must NOT get the
 * type. Types follow the evaluation README: government = state, ministry, authorities, police, army,
 * court; organization = company, NGO, union, party, university; anonymous = unnamed people and
 * sources; document = report, study, statement, ruling, draft; person = a named person or a definite role.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../utils/engine/index';
import type { SourceType } from '../../utils/engine/types';

/** [lang, text, source name, expected type] */
type Row = [string, string, string, SourceType];

const typeOf = (lang: string, text: string, name: string): SourceType | undefined =>
  analyze(text, { lang }).attributions.find((a) => a.source.name === name)?.source.type;

const rows: Record<SourceType, Row[]> = {
  government: [
    ['en', 'Moscow said the talks were over.', 'Moscow', 'government'],
    ['en', 'The Interior Ministry said the border was closed.', 'Interior Ministry', 'government'],
    ['en', 'Police said two people were arrested.', 'Police', 'government'],
    ['en', 'The army said it had repelled an attack.', 'army', 'government'],
    ['en', 'The court said the law was void.', 'court', 'government'],
    ['fr', 'Moscou a affirmé que les pourparlers étaient terminés.', 'Moscou', 'government'],
    ['fr', 'La Russie a affirmé que les pourparlers étaient terminés.', 'Russie', 'government'],
    ['fr', "Le ministère de l'Intérieur a indiqué que la frontière était fermée.", "ministère de l'Intérieur", 'government'],
    ['fr', 'La police a précisé que deux personnes avaient été arrêtées.', 'police', 'government'],
    ['de', 'Moskau erklärte, die Gespräche seien beendet.', 'Moskau', 'government'],
    ['de', 'Russland erklärte, die Gespräche seien beendet.', 'Russland', 'government'],
    ['de', 'Das Innenministerium teilte mit, die Grenze sei geschlossen.', 'Innenministerium', 'government'],
    ['de', 'Die Bundeswehr erklärte, der Angriff sei abgewehrt worden.', 'Bundeswehr', 'government'],
    ['es', 'Moscú aseguró que las conversaciones habían terminado.', 'Moscú', 'government'],
    ['es', 'Rusia aseguró que las conversaciones habían terminado.', 'Rusia', 'government'],
    ['es', 'El Ministerio del Interior informó de que la frontera estaba cerrada.', 'Ministerio del Interior', 'government'],
    ['es', 'El Ejército aseguró que había repelido un ataque.', 'Ejército', 'government'],
  ],
  organization: [
    ['en', 'Amnesty International said the trial was unfair.', 'Amnesty International', 'organization'],
    ['en', 'Doctors Without Borders said the clinic was hit.', 'Doctors Without Borders', 'organization'],
    ['en', 'The union said the strike would continue.', 'union', 'organization'],
    ['en', 'Harvard University said the lab was closed.', 'Harvard University', 'organization'],
    ['fr', 'Le syndicat CGT a dénoncé des licenciements en masse dans la région.', 'CGT', 'organization'],
    ['fr', "L'université de Lyon a annoncé la fermeture du laboratoire.", 'université de Lyon', 'organization'],
    ['de', 'Die Gewerkschaft Verdi kritisierte, die Löhne seien zu niedrig.', 'Gewerkschaft Verdi', 'organization'],
    ['de', 'Das Bündnis Mehrweg jetzt erklärte, ein Pfand sei überfällig.', 'Bündnis Mehrweg jetzt', 'organization'],
    ['de', 'Ärzte ohne Grenzen erklärte, die Klinik sei getroffen worden.', 'Ärzte ohne Grenzen', 'organization'],
    ['es', 'La Universidad de Sevilla anunció el cierre del laboratorio.', 'Universidad de Sevilla', 'organization'],
    ['es', 'Médicos Sin Fronteras denunció un ataque contra la clínica.', 'Médicos Sin Fronteras', 'organization'],
  ],
  anonymous: [
    ['en', 'Residents said the water was brown.', 'Residents', 'anonymous'],
    ['en', 'Officials said the fire was under control.', 'Officials', 'anonymous'],
    ['en', 'A spokesman said the plant was safe.', 'spokesman', 'anonymous'],
    ['fr', "Des habitants ont raconté que l'eau était brune.", 'habitants', 'anonymous'],
    ['fr', 'Des témoins ont affirmé avoir entendu des tirs.', 'témoins', 'anonymous'],
    ['de', 'Anwohner berichteten, das Wasser sei braun.', 'Anwohner', 'anonymous'],
    ['de', 'Augenzeugen sagten, sie hätten Schüsse gehört.', 'Augenzeugen', 'anonymous'],
    ['es', 'Los vecinos relataron que el agua era marrón.', 'vecinos', 'anonymous'],
    ['es', 'Testigos aseguraron que oyeron disparos.', 'Testigos', 'anonymous'],
  ],
  document: [
    ['en', 'The report said the bridge was unsafe.', 'report', 'document'],
    ['en', 'The ruling said the ban was illegal.', 'ruling', 'document'],
    ['en', 'It emerged from the audit that the dam had not been inspected.', 'audit', 'document'],
    ['fr', 'Le rapport indique que le pont est dangereux.', 'rapport', 'document'],
    ['fr', 'Selon un communiqué de la préfecture, la route est fermée.', 'communiqué de la préfecture', 'document'],
    ['fr', 'Il ressort du rapport que la digue était mal entretenue.', 'rapport', 'document'],
    ['de', 'Laut einer Mitteilung der Stadt ist die Straße gesperrt.', 'Mitteilung der Stadt', 'document'],
    ['de', 'Ab 2027 soll ein Pfand fällig werden, wie aus einem Referentenentwurf des Umweltministeriums hervorgeht.', 'Referentenentwurf des Umweltministeriums', 'document'],
    ['es', 'Según un comunicado del ayuntamiento, la calle está cortada.', 'comunicado del ayuntamiento', 'document'],
    ['es', 'La sentencia señala que la ley es nula.', 'sentencia', 'document'],
  ],
  person: [
    ['en', 'The governor said the roads were closed.', 'governor', 'person'],
    ['fr', 'Le gouverneur a déclaré que les routes étaient fermées.', 'gouverneur', 'person'],
    ['de', 'Der Gouverneur sagte, die Straßen seien gesperrt.', 'Gouverneur', 'person'],
    ['es', 'El gobernador dijo que las carreteras estaban cortadas.', 'gobernador', 'person'],
    ['de', 'Bundesumweltministerin Clara Hellwig sagte, das Pfand komme. Jeder Deutsche verbrauche 34 Becher, so die Ministerin.', 'Clara Hellwig', 'person'],
  ],
  agency: [
    ['fr', "Selon l'AFP, Moscou a rejeté l'offre.", 'AFP', 'agency'],
    ['es', 'Según EFE, el Gobierno aprobó el decreto.', 'EFE', 'agency'],
  ],
  media: [
    ['en', 'The bridge was unsafe, the BBC reported.', 'BBC', 'media'],
    ['de', 'Wie die „Süddeutsche Zeitung“ berichtet, hat das Kanzleramt den Entwurf gebilligt.', 'Süddeutsche Zeitung', 'media'],
  ],
};

describe.each(Object.keys(rows))('%s', (type) => {
  test.each(rows[type as SourceType])('%s: %s → %s', (lang, text, name, expected) => {
    expect(typeOf(lang, text, name)).toBe(expected);
  });
});

describe('types that must not be given', () => {
  test.each([
    ['en', 'A spokesman said the plant was safe.', 'spokesman', 'person'],
    ['fr', 'Un porte-parole a assuré que le site était sûr.', 'porte-parole', 'person'],
    ['en', 'The report said the bridge was unsafe.', 'report', 'government'],
    ['de', 'Die Opposition hingegen erklärte, der Plan sei zu teuer.', 'Opposition', 'anonymous'],
    ['fr', 'Moscou a affirmé que les pourparlers étaient terminés.', 'Moscou', 'organization'],
    ['es', 'Los vecinos relataron que el agua era marrón.', 'vecinos', 'government'],
    ['de', 'Laut einer Mitteilung der Stadt ist die Straße gesperrt.', 'Mitteilung der Stadt', 'government'],
  ])('%s: %s → %s is not %s', (lang, text, name, wrong) => {
    const t = typeOf(lang, text, name);
    expect(t).toBeDefined();
    expect(t).not.toBe(wrong);
  });
  test('a trailing adverb is not part of the subject\'s name', () => {
    expect(analyze('Die Opposition hingegen erklärte, der Plan sei zu teuer.', { lang: 'de' }).attributions[0]?.source.name).toBe('Opposition');
  });
});
