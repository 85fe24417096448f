import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 28, review of round 27's security answers, as support chats and account exports write them. Missed before:
 * a form's numbered answers (`security_answer_1`, `securityAnswer2`, `Answer 1:` below `Security question 1:`), the
 * `is` with a colon (`the answer to my security question is: Fluffy`), German `Geheimantwort`, the answer "to the
 * security question" in German, French, Spanish, Italian and Portuguese, and a security question asked in full with
 * no label, its answer's label right after it (`Q: What is your mother's maiden name?` then `A: Johnson`, an export's
 * `{"question": "What was the name of your first pet?", "answer": "Fluffy"}`). FAQs' questions about the topic that
 * ask no value (`What if I forget …?`, `Why do you need …?`), a quiz's questions about someone else, the questions
 * listed without answers, placeholders and answers in prose stay.
 */

t.test("a form's numbered answers, 'is:' and more labels", async (t) => {
  assertFound(t, [
    ['security_answer_1: Fluffy', 'Fluffy'],
    ['securityAnswer2: "Springfield"', 'Springfield'],
    ['SECURITY_ANSWER_3=blue honda', 'blue honda'],
    ['Security answer 2: Leeds', 'Leeds'],
    ['security_question_1: "What was your first car?"\nsecurity_answer_1: "Civic"', 'Civic'],
    ['Security question 1: What city were you born in?\nAnswer 1: Leeds', 'Leeds'],
    ['Security Q: first car\nSecurity A: Civic', 'Civic'],
    ['the answer to my security question is: fluffy', 'fluffy'],
    ['my memorable word is: trombone', 'trombone'],
    ['Geheimantwort: Struppi', 'Struppi'],
    ['Antwort auf die Sicherheitsfrage: Bello', 'Bello'],
    ['Réponse à la question secrète : Minou', 'Minou'],
    ['Respuesta a la pregunta de seguridad: Firulais', 'Firulais'],
    ['risposta alla domanda di sicurezza: Fido', 'Fido'],
    ['resposta à pergunta de segurança: Rex', 'Rex'],
  ])
})

t.test('a security question asked in full, its answer right after', async (t) => {
  assertFound(t, [
    ["Q: What is your mother's maiden name?\nA: Johnson", 'Johnson'],
    ['Q: What is your mother’s maiden name?\r\nA: Okafor', 'Okafor'],
    ['Question: What was your first car?\nAnswer: Honda Civic', 'Honda Civic'],
    ['{"question": "What was the name of your first pet?", "answer": "Fluffy"}', 'Fluffy'],
    ['- question: What city were you born in?\n  answer: Leeds', 'Leeds'],
    ['**Q:** What street did you grow up on?\n**A:** Elm Street', 'Elm Street'],
    ["What was your first pet's name? Answer: Rex", 'Rex'],
    ['¿Cuál es el nombre de tu primera mascota?\nRespuesta: Firulais', 'Firulais'],
    ['Wie hieß Ihr erstes Haustier?\nAntwort: Struppi', 'Struppi'],
    ['Quel est le nom de jeune fille de votre mère ?\nRéponse : Dupont', 'Dupont'],
    ['Wat is de naam van je eerste huisdier?\nAntwoord: Bobbie', 'Bobbie'],
    ['question = "What was your first car?"\nanswer = "Civic"', 'Civic'],
  ])
})

t.test('FAQs, quizzes, question lists, placeholders and prose stay', async (t) => {
  assertNothingFound(t, [
    "Q: What happens if I forget my mother's maiden name?\nA: Call our support line.",
    "Q: What do I do if I forgot my first pet's name?\nA: Reset it online",
    "Q: Why do you need my mother's maiden name?\nA: To verify your identity",
    'Q: What is the maiden name used for?\nA: Identity checks',
    'Q: Which security questions can I choose?\nA: Pet, school, city',
    'Q: How do I change my security question?\nA: Go to Settings',
    'Q: Where was Napoleon born?\nA: Corsica',
    'Which is your favorite color? A: Blue, B: Red, C: Green',
    'What is your favourite colour?\nA: red\nB: blue\nC: green',
    'Who was born in 1990?\nA: Alice',
    'Where was the concert held?\nAnswer: Berlin',
    "Q: What is your mother's maiden name?\nA: Required",
    "Q: What is your mother's maiden name?\nA: <answer>",
    "Q: What is your mother's maiden name?\nA: Your mother's surname before she married.",
    '{"question": "What is your mother\'s maiden name?", "answer": ""}',
    '{"question": "What is your mother\'s maiden name?", "answer": null}',
    'question: What was your first car?\nanswer: $ANSWER',
    'What was your first car? We ask this to verify you. Answer: only if asked',
    'What was the name of your first pet?\nWhat was the model of your first car?\nWhat city were you born in?',
    '"questions": ["What is your mother\'s maiden name?", "What was your first car?"]',
    'answer1: Fluffy',
    'question = "What was your first car?"; answer = form_value;',
    'security_answer_1: Required',
    'security_answer_count: 3',
    'Security answer 2: enter it twice',
  ])
})

linearWorkOnUnits('a security question asked in full', [
  "what is your mother's maiden name? ",
  'what what what what born ',
  'Q: What city were you born in?\nA: ',
  'where your your your your first pet first pet ',
  'security_answer_1 security_answer_1: ',
  'question: ? A: ? A: ',
])
