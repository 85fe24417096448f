import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by running the guard over ordinary files (TypeScript's localised diagnosticMessages.json in
 * node_modules, in every language it ships): a message keyed by its English sentence, whose key holds a secret's word
 * (`…_Please_use_the_namespace_key_1540`, `…_Running_extra_resolution_pass_for_module_1_using__6140`), was redacted
 * whole. A plain phrase is no secret already, but these hold quotes, the program's placeholders (`'{0}'`) and more
 * than one sentence, which made them look random. A value of six words or more, each a word of letters or a
 * placeholder within quotes and punctuation, with a quote, a placeholder or a sentence's end among them, is a message
 * (phrases.ts' isProseMessage); one word that is none (a password in the sentence) keeps the old reading.
 */

const MESSAGES = [
  '  "A_namespace_declaration_should_not_be_declared_using_the_module_keyword_Please_use_the_namespace_key_1540": "Una declaración \\"namespace\\" no debe declararse con la palabra clave \\"module\\". Use la palabra clave \\"namespace\\" en su lugar.",',
  "  \"Automatic_type_acquisition_is_enabled_in_project_0_Running_extra_resolution_pass_for_module_1_using__6140\": \"Automatic type acquisition is enabled in project '{0}'. Running extra resolution pass for module '{1}' using cache location '{2}'.\",",
  '  "A_namespace_declaration_should_not_be_declared_using_the_module_keyword_Please_use_the_namespace_key_1540": "Une déclaration d’« espace de noms » ne doit pas être déclarée à l’aide du mot clé « module ». Utilisez plutôt le mot clé « namespace ».",',
  '  "A_namespace_declaration_should_not_be_declared_using_the_module_keyword_Please_use_the_namespace_key_1540": "Deklaracja „namespace” nie powinna być deklarowana przy użyciu słowa kluczowego „module”. Zamiast tego należy użyć słowa kluczowego „namespace”.",',
  '  "Automatic_type_acquisition_is_enabled_in_project_0_Running_extra_resolution_pass_for_module_1_using__6140": "Automatické zjišťování pro psaní je povolené v projektu {0}. Spouští se speciální průchod řešení pro modul {1} prostřednictvím umístění mezipaměti {2}.",',
  "  \"A_namespace_declaration_should_not_be_declared_using_the_module_keyword_Please_use_the_namespace_key_1540\": \"'module' anahtar sözcüğü kullanılarak 'namespace' bildirimi bildirilmez. Lütfen bunun yerine 'namespace' anahtar sözcüğünü kullanın.\",",
  'token_expired: "Your session token %s has expired - please sign in again to go on"',
  '"Enter_your_API_key_in_the_JSON_file_2048": "Geben Sie Ihren API-Schlüssel in die JSON-Datei ein. Sie finden ihn unter {0}."',
]

t.test('a program message under a name holding a secret word is no secret', async (t) => {
  assertNothingFound(t, [...MESSAGES, `{\n${MESSAGES.slice(0, 6).join('\n')}\n}`])
})

t.test('a secret in a message, and a passphrase of bare words, are still found', async (t) => {
  assertFound(t, [
    ['"password": "The new password is \'Xk9#mQ2vL7\'. Keep it safe and do not share it."', 'Xk9#mQ2vL7'],
    ['"passphrase": "correct horse battery staple orange river moon lamp"', 'correct horse battery staple'],
    ['"api_key": "Tr0ub4dor&3xq"', 'Tr0ub4dor&3xq'],
    ['"password": "Type the code hQxZpLmWnRtYkDsA into the box, then press enter."', 'hQxZpLmWnRtYkDsA'],
  ])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, MESSAGES)
})
