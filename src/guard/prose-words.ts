// Closed classes of words that prose cannot do without and a chosen phrase rarely holds: a form's statuses and
// instructions (`Not Set`, `See Below`, `Siehe Unten`), and function words (articles, prepositions, pronouns, the
// copula) with numerals. secrets.ts turns a title-case password value down when it holds one (`Under Review`);
// a Wi-Fi key's label turns down a line of words that reads as a sentence (`the one printed on the label`).

/** A form's statuses and instructions: English, then German, French, Spanish, Portuguese, Dutch, Italian. */
export const STATUS_AND_INSTRUCTION_WORDS: readonly string[] = [
  'not set none null nil empty blank required optional needed reset link sent send resend hidden hide',
  'show shown change changed forgot forgotten expired expires expiring same see below above unknown',
  'default enter entered your yours our here there new old current confirm confirmed invalid wrong',
  'incorrect missing locked unlocked disabled enabled pending saved stored managed vault secret secrets',
  'password passwords passphrase passcode email mail inbox contact admin administrator support team ask',
  'check provided separately encrypted masked redacted removed deleted available unavailable generated',
  'random auto automatic please use using via from with the and for only after before login sign signed',
  'user username account field value text string type length characters chars minimum maximum strong',
  'weak good bad too short long must should will was has have been are never always request requested',
  'update updated verify verified accepted rejected denied success successful failed failure error yes',
  'true false off case sensitive protected private public personal temporary temp initial first last',
  'next previous this that what which who when where click button form security policy rules rule hint',
  'tip note see page section manual docs documentation setup settings config configured configure',
  'changes details info information instructions message reply below later soon again',
  'given shared told verbally orally phone call text sms review approval approved issued assigned printed',
  'siehe unten oben nicht gesetzt erforderlich keine kein leer vergessen gesendet hier folgt wird ohne',
  'voir dessous dessus non requis requise obligatoire aucun vide ici inconnu',
  'ver abajo arriba requerido requerida definido definida obligatorio ninguno aqui',
  'abaixo acima nao obrigatorio obrigatoria nenhum vazio esquecido enviado',
  'zie hieronder hierboven niet vereist ingesteld verplicht geen leeg vergeten verzonden onbekend',
  'vedi sotto sopra richiesto richiesta impostato impostata obbligatorio nessuno vuoto inviato qui',
]
  .join(' ')
  .split(' ')

/** Function words and numerals, English: a title-case phrase holding one is a description (`Under Review`). */
export const FUNCTION_WORDS: readonly string[] = [
  'under over into onto upon within without until per by at in on of to as or is be one two three four five',
  'six seven eight nine ten twelve digit digits word words letter letters factor step steps',
]
  .join(' ')
  .split(' ')

/**
 * The words only a sentence after a Wi-Fi key's label is judged by: pronouns and connectives, then the articles,
 * prepositions and pronouns of German, French and Spanish (the languages a router's manual is most often read in
 * after an English label). Not the title-case passphrase rule's: `Das Boot`, `She Loves You` are chosen passwords.
 * Words that are also English content words (`die`, `son`, `sin`, `con`) are left out.
 */
const SENTENCE_ONLY_WORDS: readonly string[] = [
  'a an it its you we they them he she him her during whatever whichever whoever exactly if then than',
  'der das dem den des ein eine einem einen einer auf unter im am ist es sie ihr ihre ihren dein deine deinen',
  'mit von zu bei beim wie steht',
  'le la les du de des un une au aux sur sous dans votre vos est il elle vous pour avec comme',
  'el los las del en su sus es un una para por como usted',
]
  .join(' ')
  .split(' ')

/**
 * Articles, prepositions and numerals a chosen phrase holds as often as a sentence does (`over the rainbow`, `blaue
 * Blume im Wald`, `Das Boot`, `welcome to the jungle`): alone they make no sentence. A sentence pointing to the key
 * says more: a pronoun, a verb, an instruction or a status (`your`, `it`, `printed`, `see`, `steht`), or a place the
 * key is written (LOCATION_WORDS); unsure, a line of words is a phrase, and a phrase is redacted.
 */
const PHRASE_WORDS = new Set(
  [
    'the a an of over under into onto upon within without until per by at in on to as or and for from with after',
    'before one two three four five six seven eight nine ten twelve',
    'der die das dem den des ein eine einem einen einer auf unter im am mit von zu bei beim',
    'le la les du de des un une au aux sur sous dans pour avec el los las del en una para por',
  ]
    .join(' ')
    .split(' '),
)
/** Where a router's manual says the key is written: English, German, French, Spanish. */
const LOCATION_WORDS: readonly string[] = [
  'label sticker router modem box card manual handbook device underneath underside bottom',
  'aufkleber rückseite unterseite gerät geräts handbuch etikett typenschild',
  'étiquette routeur boîte manuel dos dessous etiqueta pegatina parte',
]
  .join(' ')
  .split(' ')
const SENTENCE_WORDS = new Set(
  [...STATUS_AND_INSTRUCTION_WORDS, ...FUNCTION_WORDS, ...SENTENCE_ONLY_WORDS, ...LOCATION_WORDS].filter(
    (word) => !PHRASE_WORDS.has(word),
  ),
)
/** A word of letters, with an inner apostrophe (`it's`, `l'étiquette`) and sentence punctuation after it. */
const PROSE_WORD = /^([\p{L}\p{M}]+)(?:['’][\p{L}\p{M}]+)?[,;:.!?]?$/u
const BLANKS = /[ \t]+/

/**
 * Whether a line of several words reads as a sentence rather than a chosen phrase: made of words (letters, an inner
 * apostrophe, sentence punctuation after them) and one of them a pronoun, verb, status, instruction or place word, not
 * only articles and prepositions (`the one printed on the label`, `same as the admin password`, `steht auf dem
 * Aufkleber`, but `over the rainbow`, `blaue Blume im Wald` are phrases), or ending on a full stop
 * (`Printed underneath.`). A number or a symbol among the words makes it a phrase whatever its words (`welcome to the
 * jungle 99`, `home of the Smiths #7`, `Sunny Day 2024!`): prose pointing to the key holds none.
 */
export function readsAsSentence(line: string): boolean {
  const words = line.trim().split(BLANKS)
  let sentenceWord = false
  for (const word of words) {
    const prose = PROSE_WORD.exec(word)
    if (prose === null) return false
    if (SENTENCE_WORDS.has((prose[1] as string).toLowerCase())) sentenceWord = true
  }
  return sentenceWord || (words.length > 1 && line.trimEnd().endsWith('.'))
}
