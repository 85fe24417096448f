import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Leak opened by the names of three Pascal-case words with an acronym or a version (secret-value.ts'
 * IDENTIFIER_SHAPES): the shape took any digits after a word and asked for no acronym or version at all, so the
 * password people make to remember it, capitalised words and a number (`SunnyBeachHouse12`, `Tiger99Lamp42Ocean7`),
 * read as a name after every password label. A name holds an acronym or a version written with its V, and bare
 * digits stand between its words (`OAuth2AccessToken…`).
 */

t.test('capitalised words with digits are a password', async (t) => {
  assertFound(t, [
    ['password: SunnyBeachHouse12', 'SunnyBeachHouse12'],
    ['DB_PASSWORD=SunnyBeachHouse12', 'SunnyBeachHouse12'],
    ['my wifi password is SunnyBeachHouse12', 'SunnyBeachHouse12'],
    ['"password": "CorrectHorseBattery12"', 'CorrectHorseBattery12'],
    ['password: SunnyBeach12House', 'SunnyBeach12House'],
    ['password: Tiger99Lamp42Ocean7', 'Tiger99Lamp42Ocean7'],
    ['db_password: JohnSmithAPIKey1', 'JohnSmithAPIKey1'],
  ])
})

t.test('a name with an acronym or a version is still a name', async (t) => {
  assertNothingFound(t, [
    'const tokenKind = "OAuth2AccessTokenResponseHTTP"',
    'credentials: ConnectorListOrganizationCredentialsV1Request',
    'token: PrecedingJSDocComment',
    'token: ListOrganizationCredentialsV2',
  ])
})
