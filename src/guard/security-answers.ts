import { holdsShape, registerShape } from './opening-shapes.js'
import type { Detector, Span } from './types.js'

// The answers to an account's security questions: what a bank or a site asks to reset a password or to let a caller
// in, as good as the password itself (`Security answer: Fluffy`, `mother's maiden name: Johnson`, `memorable word =
// rainbow7`, `"secret_answer": "Springfield"`, `my mother's maiden name is Okafor`). Their values are plain words, which
// the keyword reader takes for a form's text after a password's name (`password: Required`); after these labels a
// plain word is the answer, and only a placeholder, a form's text or the label's own words are not.

// The labels, in any case and style of identifier, in the languages banks write them in: English; German
// `Sicherheitsantwort`, `geheime Antwort`, `Geburtsname der Mutter`; French `réponse secrète`, `nom de jeune fille de
// ma mère`; Spanish `respuesta secreta`, `respuesta de seguridad`, `apellido de soltera de mi madre`; Italian `risposta
// segreta`, `cognome da nubile di mia madre`; Portuguese `resposta secreta`, `nome de solteira da minha mãe`; Dutch
// `geheim antwoord`, `beveiligingsantwoord`.
const SEP = String.raw`[ \t_-]{0,2}`
const LABEL_SOURCE = [
  `(?:security|secret|memorable|challenge)${SEP}(?:question${SEP})?answer`,
  `answer${SEP}to${SEP}(?:(?:the|my|your)${SEP})?(?:security|secret)${SEP}question`,
  `(?:(?:mother|mom|mum)(?:['’]?s)?${SEP})?maiden${SEP}name`,
  `memorable${SEP}(?:word|information|phrase|name|place)`,
  `first${SEP}pet(?:['’]?s)?${SEP}name`,
  `name${SEP}of${SEP}(?:your|my)${SEP}first${SEP}pet`,
  `sicherheits-?antwort`,
  `geheime?${SEP}antwort`,
  `antwort${SEP}auf${SEP}(?:die|ihre|deine|meine)${SEP}(?:sicherheits|geheim)-?frage`,
  `(?:geburts|mädchen)name${SEP}der${SEP}mutter`,
  `r[ée]ponse${SEP}(?:secr[èe]te|de${SEP}s[ée]curit[ée]|[àa]${SEP}(?:la${SEP}|votre${SEP}|ma${SEP})?question${SEP}(?:secr[èe]te|de${SEP}s[ée]curit[ée]))`,
  `nom${SEP}de${SEP}jeune${SEP}fille${SEP}de${SEP}(?:ma|votre|ta|la)${SEP}m[èe]re`,
  `respuesta${SEP}(?:secreta|de${SEP}seguridad|a${SEP}(?:la${SEP}|mi${SEP}|su${SEP})?pregunta${SEP}(?:secreta|de${SEP}seguridad))`,
  `apellido${SEP}de${SEP}soltera${SEP}de${SEP}(?:mi|su|tu)${SEP}madre`,
  `risposta${SEP}(?:segreta|di${SEP}sicurezza|alla${SEP}domanda${SEP}(?:segreta|di${SEP}sicurezza))`,
  `cognome${SEP}da${SEP}nubile${SEP}di${SEP}(?:mia|tua|sua)${SEP}madre`,
  `resposta${SEP}(?:secreta|de${SEP}seguran[çc]a|[àa]${SEP}pergunta${SEP}(?:secreta|de${SEP}seguran[çc]a))`,
  `nome${SEP}de${SEP}solteira${SEP}da${SEP}(?:minha|sua|tua)${SEP}m[ãa]e`,
  `geheim${SEP}antwoord`,
  `beveiligingsantwoord`,
].join('|')
// A security question's label: a bare `Answer:` within ANSWER_REACH after it is its answer (`Security question: What
// was your first car?` then `Answer: Civic`).
const QUESTION_SOURCE = [
  `(?:security|secret|challenge)${SEP}(?:questions?|q(?=[ \t]{0,4}[:.]))`,
  `sicherheitsfrage`,
  `geheimfrage`,
  `question${SEP}(?:secr[èe]te|de${SEP}s[ée]curit[ée])`,
  `pregunta${SEP}(?:secreta|de${SEP}seguridad)`,
  `domanda${SEP}(?:segreta|di${SEP}sicurezza)`,
  `pergunta${SEP}(?:secreta|de${SEP}seguran[çc]a)`,
  `(?:geheime${SEP}|beveiligings)vraag`,
].join('|')
// A security question asked in full with no label (`Q: What is your mother's maiden name?`, `{"question": "What was
// the name of your first pet?", …}`): what the question asks about, as the common ones word it, its `?` right after
// (a preposition between: `What city were you born in?`). A question about the topic that asks no value (`What if I
// forget my mother's maiden name?`, `What is the maiden name used for?`, `Why do you need …`) is no such question.
const TOPIC_SOURCE = [
  `maiden${SEP}name`,
  `(?:first${SEP})?pet(?:['’]?s)?${SEP}name`,
  `first${SEP}(?:pet|car|school|teacher|job|boss|employer|concert|love)`,
  `born`,
  `grow${SEP}up`,
  `childhood${SEP}(?:nickname|best${SEP}friend|friend|hero|home|street)`,
  `favou?rite${SEP}(?:teacher|book|movie|film|food|colou?r|band|singer|sports?${SEP}team)`,
  `middle${SEP}name`,
  `haustier(?:e?s)?`,
  `(?:mädchen|geburts)name`,
  `geburtsort`,
  `geboren`,
  `jeune${SEP}fille(?:${SEP}de${SEP}(?:votre|ta|ma|la)${SEP}m[èe]re)?`,
  `animal${SEP}de${SEP}(?:compagnie|estima[çc][ãa]o)`,
  `ville${SEP}natale`,
  `soltera`,
  `mascota`,
  `ciudad${SEP}natal`,
  `naciste`,
  `nubile`,
  `animale${SEP}domestico`,
  `solteira`,
  `meisjesnaam`,
  `huisdier`,
].join('|')
const ASKING = String.raw`(?:what(?:['’]s)?(?![ \t]{1,2}(?:if|happens|do|does|should|can|could|would|to|about|kind|type)(?![\p{L}]))|which|in[ \t]{1,2}what|where|who|wie|wo|welche[rs]?|quel(?:le)?|o[ùu]|cu[áa]l|c[óo]mo|d[óo]nde|qual|come|dove|onde|wat|hoe|waar)`
const TOPIC_QUESTION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${ASKING}[ \t][^?\r\n]{0,80}?(?:${TOPIC_SOURCE})(?:[ \t]{1,2}(?:in|on|of|at|from|called))?[ \t]{0,2}[?？]`,
  'giu',
)
// A security question asks the account's holder about themself (`your`, `Ihr`, `votre`, `tu`), or the holder repeats it
// (`my`): a quiz's `Where was Napoleon born?` asks neither.
const PERSON_ASKED =
  /(?<!\p{L})(?:your?|ihre?[ms]?|dein(?:e[ms]?)?|votre|ta|ton|tu|su|tua|tuo|sua|suo|você|seu|je|jouw|uw|my|mein(?:e[ms]?)?|mon|ma|mi|mia|mio|minha|meu|mijn)(?!\p{L})/iu
// Necessary for LABEL, QUESTION and TOPIC_QUESTION, in any case: their alternatives as they open (the shapes pass
// reads their first characters; a topic's question holds its topic).
const LABEL_WORD = registerShape(new RegExp(`${LABEL_SOURCE}|${QUESTION_SOURCE}|${TOPIC_SOURCE}`, 'i'))
const QUESTION = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${QUESTION_SOURCE})`, 'giu')
// The answer's own label after a question, and its reach from the question's end: inside a streamed reply's 270
// characters kept before a finding (stream-redact.ts), with the question's label.
// A question's number may follow it (`Answer 1:`, `"answer_2":`); `Security A:` answers a `Security Q:`.
const BARE_ANSWER =
  /(?<![\p{L}\p{N}])(?:(?:security|secret)[ \t_-]{0,2}(?:answer|a)|answer|antwort|r[ée]ponse|respuesta|risposta|resposta|antwoord)(?:[ \t_-]?\d{1,2})?["'`]?[ \t]{0,4}[:=：][ \t]{0,4}/giu
// Below a question asked in full, its answer's label right after it, past only line breaks, a record's quotes and
// commas and a list's or table's marks (`?\nA: …`, `?", "answer": "…"`), and a Q&A's `A:` stands for it. An FAQ's
// `Q: How do I …?` `A: …` names no topic.
const ANSWER_RIGHT_AFTER =
  /[\s"',*_>|-]{0,12}(?:answer|antwort|r[ée]ponse|respuesta|risposta|resposta|antwoord|(a))["'`*]{0,2}[ \t]{0,4}([:=：])["'`*]{0,2}[ \t]{0,4}/iy
// A quiz's choices: a `B:` soon after an `A:` (`A: Blue, B: Red`, one a line) makes it one of several, no answer.
const NEXT_CHOICE = /(?<![\p{L}\p{N}])B[ \t]{0,2}[:)]/u
const CHOICES_REACH = 80
const ANSWER_REACH = 200
// A label whole (no letter or digit before it, a plural's `s` or more of an identifier after it), the question's
// number a form gives it (`security_answer_1`, `securityAnswer2`, `Security answer 3:`), a key's closing quote, then
// what gives the answer: an operator, the language's `is` with a colon (`… is: Fluffy`, read as the colon), or the
// `is` alone (its value then read more strictly).
const VERBS = 'is|was|ist|lautet|est|es|è|é'
const LABEL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${LABEL_SOURCE})s?(?:[ \t_-]?\d{1,2})?["'\x60]?[ \t]{0,4}(?:(=>|[:：]|(?:${VERBS})[ \t]{0,4}[:：])|(=)|(?:${VERBS})(?=[ \t]))[ \t]{0,4}`,
  'giu',
)
// The answer: a quoted one, or words up to the line's or the clause's end (a comma, a semicolon, a bar, a sentence's
// full stop), within a bound.
const QUOTED = /(["'`“‘«„])([^"'`”’»“\r\n]{1,64})["'`”’»“]/y
const WORDS = /[^\s,;|.!?"'`<>()[\]{}]{1,32}(?:[ \t][^\s,;|.!?"'`<>()[\]{}]{1,32}){0,3}/uy
// What follows a value of words: the line's or the clause's end. More words after four are a sentence, not an answer.
const AFTER_WORDS = /[ \t]*(?:$|[\r\n,;|)]|[.!?](?:\s|$))/y
// A form's text, a placeholder or a word about the answer, not one: whole values, in any case.
const NOT_AN_ANSWER =
  /^(?:required|optional|hidden|none|null|nil|n\/a|na|not set|unset|empty|blank|redacted|removed|masked|secret|tbd|todo|yes|no|ok|okay|true|false|undefined|string|str|text|number|int|integer|bool|boolean|char|varchar|any|unknown|object|bytes|value|input|data|hash|hashed|encrypted|plaintext|default|example|sample|x+|\*+|•+|\?+|\.+|-+|_+|answer|your answer|your[ _-]?answer[ _-]?here|(?:enter|type|set|choose|pick|click|see|use|add|provide|change|reset|update|select|write|keep|store|hash|verify)(?: [\p{L} ]{1,40})?|(?:is|was|are|were|must|should|will|can|cannot|may|not)(?: [\p{L} ]{1,40})?)$/iu
// An article's phrase written bare (`the one you set at sign-up`) is prose; quoted (`"the red barn"`), an answer,
// unless it is the reader's (`"your first pet's name"`).
const PROSE = /^(?:the|my|your|an?)[ \t]/i
const PLACEHOLDER = /^your[ \t]/i
// Words naming the label or the answer's form: a form's own text (`{"securityAnswer": "Security answer"}`).
const LABEL_WORDS = /answer|question|maiden|memorable|antwort|r[ée]ponse|respuesta|risposta|resposta|antwoord/i
// A reference to where the answer is kept: a variable, a template, an environment's name.
const REFERENCE = /^(?:\$|%|\{\{|process\.env|os\.environ|env\.|ENV\[)|^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/

/**
 * The answer's span after a label ending at `from`, or undefined. `given`: how the label gives it, `:` (or `=>`), `=`
 * (a literal of code would be quoted), or a verb (read strictly).
 */
function answerAfter(text: string, from: number, given: ':' | '=' | 'verb'): Span | undefined {
  QUOTED.lastIndex = from
  const quoted = QUOTED.exec(text)
  if (quoted !== null) {
    const value = (quoted[2] as string).trim()
    if (!isAnswer(value) || PLACEHOLDER.test(value)) return undefined
    const start = from + 1 + (quoted[2] as string).indexOf(value)
    return { start, end: start + value.length }
  }
  WORDS.lastIndex = from
  const words = WORDS.exec(text)
  if (words === null) return undefined
  AFTER_WORDS.lastIndex = WORDS.lastIndex
  if (!AFTER_WORDS.test(text)) return undefined
  const value = words[0]
  // A variable of code (`securityAnswer: userInput`, `= $answer`) or a statement's end (`… = form_value;`): a literal
  // there would be quoted.
  if (/^[A-Za-z_$][\w$]*$/.test(value) && /\$|[a-z][A-Z]/.test(value)) return undefined
  if (given === '=' && text.charCodeAt(AFTER_WORDS.lastIndex - 1) === 59) return undefined
  // Given by a verb in a sentence, an answer is a name or a number, as written (`… is Johnson`, `… was 1987`).
  if (given === 'verb' && !/^[\p{Lu}\p{N}]/u.test(value)) return undefined
  return isAnswer(value) && !PROSE.test(value) ? { start: from, end: from + value.length } : undefined
}

function isAnswer(value: string): boolean {
  return !NOT_AN_ANSWER.test(value) && !LABEL_WORDS.test(value) && !REFERENCE.test(value)
}

/** The answer given by a bare answer's label within ANSWER_REACH after a question ending at `from`, or undefined. */
function answerBelow(text: string, from: number): Span | undefined {
  const reach = text.slice(from, from + ANSWER_REACH)
  BARE_ANSWER.lastIndex = 0
  const label = BARE_ANSWER.exec(reach)
  if (label === null) return undefined
  const given = label[0].includes('=') ? '=' : ':'
  return answerAfter(text, from + label.index + label[0].length, given)
}

export const securityAnswerDetector: Detector = {
  type: 'generic_secret',
  mayMatch: (text, facts) => holdsShape(text, facts, LABEL_WORD),
  find(text) {
    const spans: Span[] = []
    LABEL.lastIndex = 0
    for (let match = LABEL.exec(text); match !== null; match = LABEL.exec(text)) {
      const given = match[1] !== undefined ? ':' : match[2] !== undefined ? '=' : 'verb'
      const answer = answerAfter(text, match.index + match[0].length, given)
      if (answer !== undefined) spans.push(answer)
    }
    QUESTION.lastIndex = 0
    while (QUESTION.exec(text) !== null) {
      const answer = answerBelow(text, QUESTION.lastIndex)
      if (answer !== undefined) spans.push(answer)
    }
    TOPIC_QUESTION.lastIndex = 0
    for (let asked = TOPIC_QUESTION.exec(text); asked !== null; asked = TOPIC_QUESTION.exec(text)) {
      if (!PERSON_ASKED.test(asked[0])) continue
      ANSWER_RIGHT_AFTER.lastIndex = TOPIC_QUESTION.lastIndex
      const label = ANSWER_RIGHT_AFTER.exec(text)
      if (label === null) continue
      const from = ANSWER_RIGHT_AFTER.lastIndex
      if (label[1] !== undefined && NEXT_CHOICE.test(text.slice(from, from + CHOICES_REACH))) continue
      const answer = answerAfter(text, from, label[2] === '=' ? '=' : ':')
      if (answer !== undefined) spans.push(answer)
    }
    return spans
  },
}
