import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 27, a leak the lead found probing: the answers to an account's security questions went out in clear
 * (`Secret answer: Fluffy`, `mother's maiden name: Johnson`, `memorable word = rainbow7`), though a bank lets in whoever
 * gives them, as a password does. Their values are plain words, which the keyword reader takes for a form's text
 * after a password's name (`password: Required`). Now an answer is read after its label (src/guard/security-answers.ts:
 * security, secret, memorable, challenge answers, a maiden name, a first pet's name, a memorable word, in English,
 * German, French, Spanish, Italian, Portuguese and Dutch, in any style of identifier), after the language's `is` when
 * written as a name is (`my mother's maiden name is Okafor`), and after a bare `Answer:` below a security question.
 * A form's text, placeholders, a reference, a type or a variable of code, prose about answers and an `Answer:` with
 * no security question before it stay.
 */

t.test('an answer after its label', async (t) => {
  assertFound(t, [
    ['Secret answer: Fluffy', 'Fluffy'],
    ["mother's maiden name: Johnson", 'Johnson'],
    ['Mother’s maiden name - no: Mother’s Maiden Name: Nakamura-Lee', 'Nakamura-Lee'],
    ['memorable word = rainbow7', 'rainbow7'],
    ['{"secret_answer": "Springfield", "user": "bob"}', 'Springfield'],
    ['SECURITY_ANSWER=blue honda', 'blue honda'],
    ['securityQuestionAnswer: "the red barn"', 'the red barn'],
    ['Maiden name: Kowalski, DOB: 1980', 'Kowalski'],
    ['Name of your first pet: Rex', 'Rex'],
    ["first pet's name => 'Biscuit'", 'Biscuit'],
    ['Memorable information: 1987abc | Branch: Leeds', '1987abc'],
    ['challenge answer：Tokyo', 'Tokyo'],
    ['Security Answers: Paris; Lyon', 'Paris'],
  ])
})

t.test('in other languages', async (t) => {
  assertFound(t, [
    ['Réponse secrète : Minou', 'Minou'],
    ['Sicherheitsantwort: Bello', 'Bello'],
    ['Geburtsname der Mutter: Schneider', 'Schneider'],
    ['respuesta de seguridad: Firulais', 'Firulais'],
    ['apellido de soltera de mi madre: García', 'García'],
    ['risposta segreta = "Fido"', 'Fido'],
    ['nome de solteira da minha mãe: Souza', 'Souza'],
    ['geheim antwoord: Bobbie', 'Bobbie'],
  ])
})

t.test('said in a sentence, written as a name or a number is', async (t) => {
  assertFound(t, [
    ["my mother's maiden name is Okafor", 'Okafor'],
    ['The security answer was "blue suede"', 'blue suede'],
    ['ok so my memorable word is Trombone, can you check it', 'Trombone'],
    ['Meine Sicherheitsantwort lautet Hamburg.', 'Hamburg'],
  ])
})

t.test('a bare Answer below a security question', async (t) => {
  assertFound(t, [
    ['Security question: What was your first car?\nAnswer: Honda Civic', 'Honda Civic'],
    ['Secret question: city of birth — answer = Porto', 'Porto'],
    ['Sicherheitsfrage: Name des ersten Haustiers\nAntwort: Struppi', 'Struppi'],
    ['question secrète : ville natale ; réponse : Nantes', 'Nantes'],
  ])
})

t.test("a form's text, placeholders, references, code and prose stay", async (t) => {
  assertNothingFound(t, [
    'Security answer: Required',
    'security answer: <answer>',
    'secret answer: ********',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell reference is the placeholder this case tests
    'security_answer: ${SECURITY_ANSWER}',
    'security_answer: {{ .Values.answer }}',
    '{"securityAnswer": "Security answer"}',
    '{"maidenName": "Maiden name"}',
    'The security answer is case-sensitive.',
    'security answers are hashed with bcrypt',
    'memorable word: click the link to reset it',
    'Enter your memorable word:',
    'maiden name: optional',
    'maiden name: N/A',
    'security answer: your answer here',
    'security answer: enter it twice',
    'security answer: the one you set at sign-up',
    "my mother's maiden name is a weak security question",
    'Security question: pick one from the list.\nAnswer: see below',
    'Did you set a security question? Answer: Yes',
    'Answer: 42',
    'The answer is Paris.',
    'securityAnswer: String,',
    'securityAnswer: string',
    'securityAnswer: z.string().min(3)',
    'security_answer = models.CharField(max_length=100)',
    'const securityAnswer = userInput;',
    'security_answer = form_value;',
    'securityAnswer: this.securityAnswer',
    '"security_answer": null',
    'security_answer VARCHAR(255) NOT NULL',
    'If you forget your security answer, call us. Answer: we cannot reset it by email',
  ])
})

linearWorkOnUnits('a security answer after its label or a question', [
  'security answer: ',
  'security question answer is ',
  'Security question: x Answer: ',
  'maiden name: a b c d e ',
  "mother's maiden name is Okafor Okafor Okafor Okafor Okafor ",
  'secret question secret question ',
  'answer: "',
])
