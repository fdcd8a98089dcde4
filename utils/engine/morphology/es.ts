/**
 * Spanish reporting verbs. Lists are grouped by speech act; a lemma appears once. Pronominal verbs are
 * written with "se" ("quejarse" → "se quejó"); fixed complements follow the head ("dar a conocer",
 * "hacer hincapié"). "opinar", "considerar", "estimar" are here: in news they report a stated opinion
 * ("consideró el ministro"). Excluded: verbs of thinking (mentalVerbs below) and verbs whose other
 * senses swamp the reporting one ("avanzar", "completar", "definir").
 */
import { conjugateSpanish, SPANISH_AUXILIARIES } from './conjugate-es';
import { defineMorphology, verbsByAct } from './define-morphology';

export const reportingVerbs = verbsByAct(
  {
    say: ['decir', 'declarar', 'manifestar', 'expresar', 'comentar', 'mencionar', 'exclamar', 'gritar', 'susurrar', 'murmurar',
      'espetar', 'soltar', 'deslizar', 'bromear', 'ironizar', 'repetir', 'reiterar', 'sentenciar', 'pronunciarse', 'apuntar',
      'indicar', 'señalar', 'observar', 'mostrarse'],
    assert: ['afirmar', 'asegurar', 'sostener', 'mantener', 'aseverar', 'defender', 'argumentar', 'alegar', 'jurar', 'proclamar',
      'reafirmar', 'ratificar', 'esgrimir', 'reivindicar', 'dejar claro'],
    announce: ['anunciar', 'informar', 'comunicar', 'revelar', 'desvelar', 'dar a conocer', 'hacer saber', 'adelantar',
      'publicar', 'difundir', 'notificar'],
    add: ['añadir', 'agregar', 'apostillar', 'concluir', 'zanjar', 'resumir', 'continuar', 'proseguir'],
    explain: ['atribuir', 'explicar', 'precisar', 'detallar', 'aclarar', 'puntualizar', 'matizar', 'ampliar', 'especificar', 'justificar',
      'exponer', 'razonar'],
    deny: ['negar', 'desmentir', 'rechazar', 'refutar', 'rebatir', 'descartar', 'contradecir', 'objetar'],
    accuse: ['acusar', 'denunciar', 'culpar', 'reprochar', 'recriminar', 'responsabilizar'],
    warn: ['advertir', 'alertar', 'avisar', 'amenazar', 'prevenir'],
    ask: ['pedir', 'solicitar', 'reclamar', 'exigir', 'instar', 'urgir', 'rogar', 'demandar', 'proponer', 'sugerir', 'recomendar',
      'aconsejar', 'preguntar', 'plantear', 'abogar', 'implorar', 'suplicar'],
    promise: ['prometer', 'garantizar', 'comprometerse'],
    admit: ['reconocer', 'admitir', 'confesar', 'aceptar', 'conceder'],
    estimate: ['estimar', 'considerar', 'calcular', 'opinar', 'valorar', 'juzgar', 'predecir', 'pronosticar', 'vaticinar',
      'augurar', 'prever', 'cifrar'],
    write: ['escribir', 'tuitear', 'tuitar'],
    report: ['relatar', 'narrar', 'recordar', 'rememorar', 'evocar', 'testificar', 'atestiguar', 'citar', 'referirse'],
    tell: ['contar'],
    insist: ['insistir', 'subrayar', 'destacar', 'resaltar', 'recalcar', 'enfatizar', 'remarcar', 'incidir', 'hacer hincapié', 'abundar', 'poner de relieve'],
    criticize: ['criticar', 'cuestionar', 'lamentar', 'deplorar', 'quejarse', 'lamentarse', 'protestar', 'condenar', 'censurar',
      'arremeter', 'tachar', 'fustigar'],
    describe: ['describir', 'calificar', 'retratar'],
    confirm: ['confirmar', 'corroborar', 'constatar', 'certificar'],
    other: ['responder', 'replicar', 'contestar', 'celebrar', 'elogiar', 'alabar'],
  },
  ['decir', 'declarar', 'explicar', 'contar', 'asegurar', 'confirmar', 'afirmar', 'comentar', 'manifestar', 'relatar',
    'confesar', 'reconocer', 'admitir', 'prometer', 'responder', 'indicar', 'señalar', 'precisar', 'detallar', 'revelar',
    'anunciar', 'comunicar', 'escribir', 'pedir', 'preguntar', 'advertir', 'aclarar', 'garantizar', 'jurar', 'recordar',
    'reprochar', 'sugerir', 'recomendar', 'aconsejar', 'replicar', 'contestar', 'expresar', 'apuntar'],
);

/** Verbs of thinking, believing, hoping: "cree que…" reports no statement. */
export const mentalVerbs = ['creer', 'pensar', 'esperar', 'suponer', 'imaginar', 'temer', 'dudar', 'saber', 'desear', 'querer',
  'sospechar', 'sentir', 'confiar', 'intuir', 'presumir', 'preguntarse', 'imaginarse', 'figurarse'] as const;

/** Forms that are also everyday nouns or adjectives: "la denuncia", "la cifra", "la sentencia", "una cita". */
export const homographs = ['cita', 'denuncia', 'pregunta', 'amenaza', 'alerta', 'demanda', 'cuenta', 'cifra', 'precisa', 'protesta',
  'condena', 'censura', 'culpa', 'sentencia', 'tacha', 'proclama', 'expresa', 'manifiesta', 'suelta', 'estima', 'dicho',
  'escrito', 'escritos', 'propuesta', 'propuestas', 'acusado', 'acusados', 'acusada', 'denunciado', 'previsto', 'prevista'] as const;

export const spanish = defineMorphology({
  lang: 'es',
  verbs: reportingVerbs,
  mentalLemmas: mentalVerbs,
  conjugate: conjugateSpanish,
  auxiliaries: SPANISH_AUXILIARIES,
  homographs,
});
