/**
 * French reporting verbs. Lists are grouped by speech act; a lemma appears once. Included: verbs of
 * saying used in press incises ("glisse-t-il", "tacle le ministre", "s'indigne la CGT"). Excluded:
 * verbs of thinking (mentalVerbs below), verbs whose reporting sense is rare next to another
 * ("parler", "présenter", "presser": "presse" is mostly the noun) and gestures ("sourit-il" in an
 * incise describes a face, not a claim).
 */
import { conjugateFrench, frenchAuxiliaries } from './conjugate-fr';
import { defineMorphology, verbsByAct } from './define-morphology';

export const reportingVerbs = verbsByAct(
  {
    say: ['dire', 'déclarer', 'indiquer', 'lancer', 'glisser', 'souffler', 'lâcher', 'faire savoir', 'se dire', 'répéter',
      'réitérer', 'évoquer', 'mentionner', 'murmurer', 'chuchoter', 's\'exclamer', 's\'écrier', 'tonner', 'ironiser',
      'plaisanter', 's\'exprimer', 'commenter', 'résumer'],
    assert: ['affirmer', 'assurer', 'soutenir', 'maintenir', 'prétendre', 'clamer', 'proclamer', 'marteler', 'faire valoir', 'arguer', 'trancher', 'laisser entendre'],
    announce: ['annoncer', 'révéler', 'dévoiler', 'communiquer', 'divulguer', 'signaler', 'informer', 'officialiser', 'publier'],
    add: ['ajouter', 'compléter', 'renchérir', 'enchaîner', 'poursuivre', 'reprendre', 'continuer', 'conclure', 'rebondir'],
    explain: ['expliquer', 'préciser', 'détailler', 'développer', 'justifier', 'argumenter', 'nuancer', 'clarifier', 'expliciter', 'tempérer'],
    deny: ['nier', 'démentir', 'contester', 'réfuter', 'rejeter', 'récuser', 'exclure', 'se défendre', 'contredire'],
    accuse: ['accuser', 'dénoncer', 'reprocher', 'incriminer', 'mettre en cause'],
    warn: ['avertir', 'prévenir', 'mettre en garde', 'alerter', 'menacer', 's\'alarmer', 's\'inquiéter'],
    ask: ['demander', 'réclamer', 'exiger', 'exhorter', 'appeler', 'inviter', 'plaider', 'implorer', 'supplier', 'interroger',
      'questionner', 's\'interroger', 'enjoindre', 'préconiser', 'recommander', 'conseiller', 'suggérer', 'proposer', 'prôner'],
    promise: ['promettre', 's\'engager', 'garantir', 'jurer'],
    admit: ['reconnaître', 'admettre', 'avouer', 'concéder', 'confesser', 'convenir'],
    estimate: ['estimer', 'juger', 'considérer', 'évaluer', 'chiffrer', 'prédire', 'pronostiquer', 'calculer'],
    write: ['écrire', 'tweeter', 'poster', 'rédiger'],
    report: ['rapporter', 'relater', 'témoigner', 'narrer', 'rappeler', 'relayer', 'retracer', 'citer', 'faire état'],
    tell: ['confier', 'raconter'],
    insist: ['insister', 'souligner', 'appuyer', 'persister', 'relever', 'pointer'],
    criticize: ['critiquer', 'fustiger', 'déplorer', 'regretter', 'condamner', 's\'insurger', 's\'indigner', 's\'offusquer',
      's\'agacer', 's\'emporter', 'railler', 'tacler', 'épingler', 'étriller', 'protester', 'pester', 'tempêter', 'se plaindre',
      'dépeindre', 'blâmer'],
    describe: ['décrire', 'qualifier'],
    confirm: ['confirmer', 'corroborer', 'attester', 'certifier'],
    other: ['répondre', 'rétorquer', 'répliquer', 'riposter', 'objecter', 'réagir', 'observer', 'noter', 'remarquer', 'constater',
      'faire remarquer', 'faire observer', 'se féliciter', 'se réjouir', 'saluer', 's\'étonner', 'interpeller', 'avancer',
      'se montrer'],
  },
  ['dire', 'déclarer', 'indiquer', 'confier', 'raconter', 'expliquer', 'préciser', 'assurer', 'annoncer', 'affirmer',
    'répondre', 'rétorquer', 'répliquer', 'écrire', 'promettre', 'avouer', 'rapporter', 'demander', 'confirmer', 'signaler',
    'révéler', 'souffler', 'glisser', 'lancer', 'certifier', 'garantir', 'jurer', 'reprocher', 'rappeler', 'relater',
    'communiquer', 'murmurer', 'dévoiler', 'faire savoir', 'chuchoter', 'détailler', 'lâcher', 'conseiller', 'recommander',
    'suggérer', 'proposer', 'reconnaître', 'admettre', 'concéder', 'répéter'],
);

/** Verbs of thinking, believing, hoping, fearing: "il pense que…" reports no statement. */
export const mentalVerbs = ['penser', 'croire', 'espérer', 'supposer', 'imaginer', 'craindre', 'douter', 'souhaiter',
  'vouloir', 'savoir', 'redouter', 'présumer', 'soupçonner', 'se demander', 's\'attendre', 'ignorer', 'se douter',
  'rêver', 'envisager', 'se souvenir', 'deviner', 'sentir'] as const;

/** Forms that are also everyday nouns or adjectives: "la demande", "la menace", "le juge", "une réponse précise". */
export const homographs = ['annonce', 'demande', 'menace', 'critique', 'juge', 'poste', 'chiffre', 'note', 'avance', 'relève',
  'réplique', 'riposte', 'alerte', 'réclame', 'écrit', 'peste', 'tempête', 'souffle', 'murmure', 'nuance', 'remarque', 'blâme',
  'reproche', 'pointe', 'estime', 'précise', 'accusé', 'accusés', 'prévenu', 'prévenus', 'démenti', 'invité', 'invités', 'résumé',
  'relevé', 'condamné', 'condamnés', 'juré', 'jurés', 'cité', 'assuré', 'assurés'] as const;

export const french = defineMorphology({
  lang: 'fr',
  verbs: reportingVerbs,
  mentalLemmas: mentalVerbs,
  conjugate: conjugateFrench,
  auxiliaries: frenchAuxiliaries(),
  homographs,
});
