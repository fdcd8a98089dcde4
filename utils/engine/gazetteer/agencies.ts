import type { GazetteerEntry } from './types';

/**
 * Wire and news agencies: the sources that other media relay ("selon l'AFP", "laut dpa", "según EFE",
 * "citing Xinhua") and that sign datelines ("PARIS (AFP) —", "Madrid, 3 mar (EFE).-").
 *
 * What the aliases contain, and what is left to the engine:
 * - Full names, acronyms and spelling variants, as written in the four languages we read
 *   ("Agence France-Presse", "Agence France Presse", "Efe", "Tass", "Chine nouvelle").
 * - Forms where the NAME ITSELF changes with the grammar: German genitive/dative adjective endings
 *   ("der Deutschen Presse-Agentur" → "Deutschen Presse-Agentur", "des Evangelischen Pressedienstes").
 * - NOT determiners or generic heads in front of a name: "l'", "la", "le", "der", "die", "dem", "el",
 *   "the", and "agence", "agencia", "Nachrichtenagentur", "news agency" are the engine's business, so
 *   "l'AFP" and "la agencia Efe" are found through "AFP" and "Efe". A head is kept only when it is part
 *   of the agency's own name ("Agencia EFE", "Agence Belga", "Kyodo News").
 * - Apostrophes are written ' (U+0027); the engine folds ’ and ʼ to ' before matching, so no alias is
 *   duplicated per apostrophe.
 * - Short all-caps acronyms ("AP", "PA", "EFE") and all-lower-case aliases ("dpa", "epd") match only as
 *   written (gazetteer/index.ts), so "AP" never fires on "ap"; the mixed-case spellings some desks use
 *   ("Efe", "Ansa", "Tass") are listed explicitly.
 * - The canonical `name` is matched too (index.ts indexes it with the aliases), so a name is always a
 *   safe surface form: where the short form readers use is a common word or acronym, the name is the
 *   full one ("Mehr News Agency", "Ethiopian News Agency", "Tunis Afrique Presse").
 *
 * //no common words: a bare alias that is an ordinary word, or far more often something else, in one of
 * our languages is left out, and the entry keeps only its unambiguous forms: "Mehr" (German "more"),
 * "Petra" (the Jordanian site), "MENA" (the region, in business prose), "Dow Jones" (the stock index),
 * "AA" (batteries, Alcoholics Anonymous), "TT", "ANA", "ENA" (France's former civil-service school),
 * "INA" (France's broadcast archive), "CNS", "MIA", "Saba", "Andina" (Spanish adjective), "Trend",
 * "National News Agency" (generic in English), "AGI" (artificial general intelligence), "SPA" (France's
 * animal-welfare society, "la SPA"), "TAP" (the Portuguese airline), the first names "Wafa" and "Hina"
 * (only the upper-case "WAFA", "HINA" are kept), and Azerbaijan's APA (the acronym is Austria's).
 * Aliases listed in `caseSensitiveAgencyAliases` are ordinary words in lower case in some language
 * ("belga" is Spanish for Belgian) and must only match as written.
 */
export const agencies: GazetteerEntry[] = [
  // --- global wires
  { name: 'AFP', type: 'agency', country: 'FR', aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse', 'France-Presse', 'France Presse'] },
  { name: 'Reuters', type: 'agency', country: 'GB', aliases: ['Reuters', 'Thomson Reuters', 'Reuters news agency'] },
  { name: 'AP', type: 'agency', country: 'US', aliases: ['AP', 'Associated Press', 'The Associated Press'] },
  { name: 'Bloomberg', type: 'agency', country: 'US', aliases: ['Bloomberg', 'Bloomberg News'] },
  // "Dow Jones" alone is the index far more often than the newswire.
  { name: 'Dow Jones Newswires', type: 'agency', country: 'US', aliases: ['Dow Jones Newswires', 'Dow Jones News Service'] },
  { name: 'UPI', type: 'agency', country: 'US', aliases: ['UPI', 'United Press International'] },

  // --- Europe
  { name: 'dpa', type: 'agency', country: 'DE', aliases: ['dpa', 'DPA', 'Deutsche Presse-Agentur', 'Deutschen Presse-Agentur', 'Deutsche Presse Agentur', 'Deutschen Presse Agentur'] },
  { name: 'dpa-AFX', type: 'agency', country: 'DE', aliases: ['dpa-AFX', 'dpa-AFX Wirtschaftsnachrichten'] },
  { name: 'KNA', type: 'agency', country: 'DE', aliases: ['KNA', 'Katholische Nachrichten-Agentur', 'Katholischen Nachrichten-Agentur'] },
  { name: 'epd', type: 'agency', country: 'DE', aliases: ['epd', 'Evangelischer Pressedienst', 'Evangelischen Pressedienst', 'Evangelischen Pressedienstes'] },
  { name: 'SID', type: 'agency', country: 'DE', aliases: ['SID', 'Sport-Informations-Dienst'] },
  { name: 'dts', type: 'agency', country: 'DE', aliases: ['dts Nachrichtenagentur'] },
  { name: 'APA', type: 'agency', country: 'AT', aliases: ['APA', 'Austria Presse Agentur', 'Austria Presse-Agentur', 'Austria Press Agency'] },
  { name: 'Keystone-SDA', type: 'agency', country: 'CH', aliases: ['Keystone-SDA', 'Keystone-ATS', 'Keystone-SDA-ATS', 'Keystone-ATS-SDA', 'SDA', 'ATS', 'Schweizerische Depeschenagentur', 'Schweizerischen Depeschenagentur', 'Agence télégraphique suisse'] },
  { name: 'EFE', type: 'agency', country: 'ES', aliases: ['EFE', 'Efe', 'Agencia EFE', 'Agencia Efe'] },
  { name: 'Europa Press', type: 'agency', country: 'ES', aliases: ['Europa Press'] },
  { name: 'Servimedia', type: 'agency', country: 'ES', aliases: ['Servimedia'] },
  { name: 'ANSA', type: 'agency', country: 'IT', aliases: ['ANSA', 'Ansa', 'Agenzia Nazionale Stampa Associata'] },
  { name: 'Agenzia Italia', type: 'agency', country: 'IT', aliases: ['Agenzia Giornalistica Italia', 'Agenzia Italia'] },
  { name: 'Adnkronos', type: 'agency', country: 'IT', aliases: ['Adnkronos', 'AdnKronos'] },
  { name: 'Belga', type: 'agency', country: 'BE', aliases: ['Belga', 'Agence Belga', 'Belga News Agency'] },
  { name: 'ANP', type: 'agency', country: 'NL', aliases: ['ANP', 'Algemeen Nederlands Persbureau'] },
  { name: 'Lusa', type: 'agency', country: 'PT', aliases: ['Lusa', 'LUSA', 'Agência Lusa', 'Agencia Lusa'] },
  { name: 'PA Media', type: 'agency', country: 'GB', aliases: ['PA Media', 'PA', 'Press Association', 'PA news agency'] },
  { name: 'NTB', type: 'agency', country: 'NO', aliases: ['NTB', 'Norsk Telegrambyrå'] },
  { name: 'TT Nyhetsbyrån', type: 'agency', country: 'SE', aliases: ['TT Nyhetsbyrån', 'TT News Agency'] },
  { name: 'Ritzau', type: 'agency', country: 'DK', aliases: ['Ritzau', 'Ritzaus Bureau'] },
  { name: 'STT', type: 'agency', country: 'FI', aliases: ['STT', 'Suomen Tietotoimisto', 'Finnish News Agency'] },
  { name: 'ANA-MPA', type: 'agency', country: 'GR', aliases: ['ANA-MPA', 'Athens-Macedonian News Agency', 'Athens News Agency'] },
  { name: 'PAP', type: 'agency', country: 'PL', aliases: ['PAP', 'Polska Agencja Prasowa', 'Polish Press Agency'] },
  { name: 'ČTK', type: 'agency', country: 'CZ', aliases: ['ČTK', 'CTK', 'Česká tisková kancelář', 'Czech News Agency'] },
  { name: 'TASR', type: 'agency', country: 'SK', aliases: ['TASR', 'Tlačová agentúra Slovenskej republiky'] },
  { name: 'MTI', type: 'agency', country: 'HU', aliases: ['MTI', 'Magyar Távirati Iroda', 'Hungarian News Agency'] },
  { name: 'Agerpres', type: 'agency', country: 'RO', aliases: ['Agerpres', 'AGERPRES'] },
  { name: 'BTA', type: 'agency', country: 'BG', aliases: ['BTA', 'Bulgarian News Agency', 'Bulgarian Telegraph Agency'] },
  { name: 'Tanjug', type: 'agency', country: 'RS', aliases: ['Tanjug', 'TANJUG'] },
  { name: 'HINA', type: 'agency', country: 'HR', aliases: ['HINA', 'Hrvatska izvještajna novinska agencija'] },
  { name: 'STA', type: 'agency', country: 'SI', aliases: ['STA', 'Slovenska tiskovna agencija', 'Slovenian Press Agency'] },
  { name: 'Ukrinform', type: 'agency', country: 'UA', aliases: ['Ukrinform', 'Ukrinform news agency', 'Укрінформ'] },
  { name: 'UNIAN', type: 'agency', country: 'UA', aliases: ['UNIAN', 'Unian', 'УНІАН'] },
  { name: 'Interfax-Ukraine', type: 'agency', country: 'UA', aliases: ['Interfax-Ukraine', 'Interfax-Ukraina', 'Interfax Ukraine'] },
  { name: 'BelTA', type: 'agency', country: 'BY', aliases: ['BelTA', 'Belta', 'Belarusian Telegraph Agency'] },

  // --- Russia and the former Soviet Union
  { name: 'Interfax', type: 'agency', country: 'RU', aliases: ['Interfax', 'Интерфакс'] },
  { name: 'TASS', type: 'agency', country: 'RU', aliases: ['TASS', 'Tass', 'ITAR-TASS', 'ITAR-Tass', 'ТАСС'] },
  { name: 'RIA Novosti', type: 'agency', country: 'RU', aliases: ['RIA Novosti', 'Ria Novosti', 'RIA', 'RIA-Novosti', 'RIA Nowosti', 'РИА Новости'] },
  // State-owned and branded as a news agency ("l'agence Sputnik"); the satellite and vaccine rarely collide in news prose.
  { name: 'Sputnik', type: 'agency', country: 'RU', aliases: ['Sputnik', 'Sputnik News', 'Spoutnik'] },
  { name: 'Kazinform', type: 'agency', country: 'KZ', aliases: ['Kazinform'] },
  { name: 'Armenpress', type: 'agency', country: 'AM', aliases: ['Armenpress'] },
  { name: 'Azertac', type: 'agency', country: 'AZ', aliases: ['Azertac', 'AZERTAC', 'AzerTac'] },

  // --- Asia and Pacific
  { name: 'Xinhua', type: 'agency', country: 'CN', aliases: ['Xinhua', 'Xinhua News Agency', 'Chine nouvelle', 'Nachrichtenagentur Neues China', 'agencia Nueva China'] },
  { name: 'China News Service', type: 'agency', country: 'CN', aliases: ['China News Service', 'Zhongxinshe'] },
  { name: 'Kyodo', type: 'agency', country: 'JP', aliases: ['Kyodo', 'Kyodo News', 'Kyodo News Agency', 'Kyodo Tsushin'] },
  { name: 'Jiji Press', type: 'agency', country: 'JP', aliases: ['Jiji Press', 'Jiji'] },
  { name: 'Yonhap', type: 'agency', country: 'KR', aliases: ['Yonhap', 'Yonhap News Agency', 'Yonhap News'] },
  { name: 'KCNA', type: 'agency', country: 'KP', aliases: ['KCNA', 'Korean Central News Agency'] },
  // Taiwan's agency is "CNA" in its own credits, but CNA is Singapore's broadcaster (media.ts).
  { name: 'Central News Agency', type: 'agency', country: 'TW', aliases: ['Central News Agency', 'Focus Taiwan'] },
  { name: 'PTI', type: 'agency', country: 'IN', aliases: ['PTI', 'Press Trust of India'] },
  { name: 'ANI', type: 'agency', country: 'IN', aliases: ['ANI', 'Asian News International'] },
  { name: 'IANS', type: 'agency', country: 'IN', aliases: ['IANS', 'Indo-Asian News Service'] },
  { name: 'UNI', type: 'agency', country: 'IN', aliases: ['UNI', 'United News of India'] },
  { name: 'APP', type: 'agency', country: 'PK', aliases: ['APP', 'Associated Press of Pakistan'] },
  { name: 'BSS', type: 'agency', country: 'BD', aliases: ['BSS', 'Bangladesh Sangbad Sangstha'] },
  { name: 'Bernama', type: 'agency', country: 'MY', aliases: ['Bernama', 'BERNAMA', 'Malaysian National News Agency'] },
  { name: 'Antara', type: 'agency', country: 'ID', aliases: ['Antara', 'Antara News', 'Antara News Agency'] },
  { name: 'VNA', type: 'agency', country: 'VN', aliases: ['VNA', 'Vietnam News Agency'] },
  { name: 'Philippine News Agency', type: 'agency', country: 'PH', aliases: ['Philippine News Agency'] },
  { name: 'AAP', type: 'agency', country: 'AU', aliases: ['AAP', 'Australian Associated Press'] },
  // Closed in 2011; still named in archives and in older syndicated copy.
  { name: 'NZPA', type: 'agency', country: 'NZ', aliases: ['NZPA', 'New Zealand Press Association'] },

  // --- Middle East and North Africa
  { name: 'Anadolu', type: 'agency', country: 'TR', aliases: ['Anadolu', 'Anadolu Agency', 'Anadolu Ajansı', 'Anadolu Ajansi'] },
  { name: 'DHA', type: 'agency', country: 'TR', aliases: ['DHA', 'Demirören News Agency', 'Doğan News Agency'] },
  { name: 'IRNA', type: 'agency', country: 'IR', aliases: ['IRNA', 'Islamic Republic News Agency'] },
  { name: 'Fars', type: 'agency', country: 'IR', aliases: ['Fars', 'Fars News Agency', 'Fars News'] },
  { name: 'Tasnim', type: 'agency', country: 'IR', aliases: ['Tasnim', 'Tasnim News Agency', 'Tasnim News'] },
  { name: 'ISNA', type: 'agency', country: 'IR', aliases: ['ISNA', "Iranian Students' News Agency"] },
  { name: 'Mehr News Agency', type: 'agency', country: 'IR', aliases: ['Mehr News Agency', 'Mehr News'] },
  { name: 'SANA', type: 'agency', country: 'SY', aliases: ['SANA', 'Syrian Arab News Agency'] },
  { name: 'Middle East News Agency', type: 'agency', country: 'EG', aliases: ['Middle East News Agency'] },
  { name: 'WAFA', type: 'agency', country: 'PS', aliases: ['WAFA', 'Palestinian News and Information Agency', 'Palestinian News & Information Agency', 'Palestine News Agency'] },
  { name: "Ma'an News Agency", type: 'agency', country: 'PS', aliases: ["Ma'an News Agency", 'Maan News Agency'] },
  { name: 'QNA', type: 'agency', country: 'QA', aliases: ['QNA', 'Qatar News Agency'] },
  { name: 'Saudi Press Agency', type: 'agency', country: 'SA', aliases: ['Saudi Press Agency'] },
  { name: 'WAM', type: 'agency', country: 'AE', aliases: ['WAM', 'Emirates News Agency'] },
  { name: 'KUNA', type: 'agency', country: 'KW', aliases: ['KUNA', 'Kuwait News Agency'] },
  { name: 'BNA', type: 'agency', country: 'BH', aliases: ['BNA', 'Bahrain News Agency'] },
  { name: 'Oman News Agency', type: 'agency', country: 'OM', aliases: ['Oman News Agency'] },
  { name: 'Jordan News Agency', type: 'agency', country: 'JO', aliases: ['Jordan News Agency', 'Petra news agency'] },
  { name: 'NNA', type: 'agency', country: 'LB', aliases: ['NNA', 'Lebanese National News Agency'] },
  { name: 'Iraqi News Agency', type: 'agency', country: 'IQ', aliases: ['Iraqi News Agency'] },
  { name: 'Saba News Agency', type: 'agency', country: 'YE', aliases: ['Saba News Agency', 'Yemen News Agency'] },
  { name: 'APS', type: 'agency', country: 'DZ', aliases: ['APS', 'Algérie Presse Service', 'Algerie Presse Service'] },
  { name: 'MAP', type: 'agency', country: 'MA', aliases: ['MAP', 'Maghreb Arabe Presse'] },
  { name: 'Tunis Afrique Presse', type: 'agency', country: 'TN', aliases: ['Tunis Afrique Presse'] },
  { name: 'LANA', type: 'agency', country: 'LY', aliases: ['LANA', 'Libya News Agency', 'Libyan News Agency'] },

  // --- Sub-Saharan Africa
  { name: 'NAN', type: 'agency', country: 'NG', aliases: ['NAN', 'News Agency of Nigeria'] },
  // "KNA" is taken by Germany's Catholic agency, which signs far more copy in our languages.
  { name: 'Kenya News Agency', type: 'agency', country: 'KE', aliases: ['Kenya News Agency'] },
  { name: 'Ethiopian News Agency', type: 'agency', country: 'ET', aliases: ['Ethiopian News Agency'] },
  { name: 'SUNA', type: 'agency', country: 'SD', aliases: ['SUNA', 'Sudan News Agency'] },
  { name: 'APS Sénégal', type: 'agency', country: 'SN', aliases: ['Agence de presse sénégalaise'] },
  { name: 'Agence congolaise de presse', type: 'agency', country: 'CD', aliases: ['Agence congolaise de presse'] },

  // --- The Americas
  { name: 'The Canadian Press', type: 'agency', country: 'CA', aliases: ['The Canadian Press', 'Canadian Press', 'CP', 'La Presse canadienne', 'Presse canadienne'] },
  { name: 'Agência Brasil', type: 'agency', country: 'BR', aliases: ['Agência Brasil', 'Agencia Brasil'] },
  { name: 'Notimex', type: 'agency', country: 'MX', aliases: ['Notimex', 'NOTIMEX'] },
  { name: 'Télam', type: 'agency', country: 'AR', aliases: ['Télam', 'Telam', 'Agencia Télam'] },
  { name: 'Prensa Latina', type: 'agency', country: 'CU', aliases: ['Prensa Latina'] },
  { name: 'Agencia Andina', type: 'agency', country: 'PE', aliases: ['Agencia Andina', 'Andina Agencia de Noticias'] },
  { name: 'Colprensa', type: 'agency', country: 'CO', aliases: ['Colprensa'] },
  { name: 'Agencia de Noticias Fides', type: 'agency', country: 'BO', aliases: ['Agencia de Noticias Fides'] },
];

/**
 * Aliases that are ordinary lower-case words or phrases in one of our languages and must only match in
 * the exact case written here: "belga" (Spanish: Belgian), "prensa latina" (Spanish: the Latin press),
 * "lusa" (Portuguese adjective), "fars" (Persian as a language name), "jiji" (a Japanese word).
 */
export const caseSensitiveAgencyAliases: ReadonlySet<string> = new Set(['Belga', 'Prensa Latina', 'Lusa', 'Fars', 'Jiji']);
