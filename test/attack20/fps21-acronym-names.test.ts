import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by running the guard over ordinary files (TypeScript's compiled enums in node_modules, a
 * generated API client's .d.ts and sources). A value in Pascal case is a name when each word has two lower-case
 * letters and a vowel, but a name with an acronym or a version among its words (`PrecedingJSDocComment`, the member of
 * `TokenFlags`; `ConnectorListOrganizationCredentialsV1Request`, the type of a parameter named after credentials) broke
 * that shape and was read as a random value. Three words or more, with an acronym before a word or ending the name
 * and a version's digits after one, are a name too (secret-value.ts' IDENTIFIER_SHAPES).
 */

const CODE = [
  '    TokenFlags[TokenFlags["PrecedingLineBreak"] = 1] = "PrecedingLineBreak";\n    TokenFlags[TokenFlags["PrecedingJSDocComment"] = 2] = "PrecedingJSDocComment";',
  '    TokenFlags[TokenFlags["PrecedingJSDocLeadingAsterisks"] = 32768] = "PrecedingJSDocLeadingAsterisks";',
  'export declare function connectorListOrganizationCredentialsV1RequestToJSON(connectorListOrganizationCredentialsV1Request: ConnectorListOrganizationCredentialsV1Request): string;',
  'export function connectorDeleteUserCredentialsV1RequestToJSON(\n  connectorDeleteUserCredentialsV1Request:\n    ConnectorDeleteUserCredentialsV1Request,\n): string {',
  'const tokenKind = "OAuth2AccessTokenResponseHTTP"',
]

t.test('a Pascal-case name with an acronym or a version is no value', async (t) => {
  assertNothingFound(t, [...CODE, CODE.join('\n')])
})

t.test('a random mixed-case value with digits is still found', async (t) => {
  assertFound(t, [
    ['password: "KxmQvL7pRtWz"', 'KxmQvL7pRtWz'],
    ['api_key: "AbcDEFghIjk12Lmn"', 'AbcDEFghIjk12Lmn'],
    ['token: "XKpQaeRt9Vbzei2Nuo"', 'XKpQaeRt9Vbzei2Nuo'],
  ])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, CODE)
})
