import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 31, a false positive: a PowerShell switch after a secret's name given as an argument (`Get-Secret -Name
 * ApiKey -AsPlainText`, `-Name Token -AsSecureString`) was read as the secret's value: capitalised words after a dash
 * look random enough. A dash and capitalised words, each with its vowel, name a parameter, as a long option in
 * lower-case words (`--password-stdin`) already did; random letters or digits after a dash are still read.
 */

t.test('a PowerShell switch is no value', async (t) => {
  assertNothingFound(t, [
    '$env:API_KEY = (Get-Secret -Name ApiKey -AsPlainText)',
    '$apiKey = Get-Secret -Name ApiKey -AsPlainText',
    '$env:API_KEY = (Get-Secret ApiKey -AsPlainText)',
    'Get-Secret -Name Token -AsSecureString -Vault LocalStore',
    'Remove-Secret -Name ApiKey -ErrorAction SilentlyContinue',
  ])
})

t.test('random letters or digits after a dash are still read', async (t) => {
  assertFound(t, [
    ['token: -Xk9mQ2vLp7ZzQ', '-Xk9mQ2vLp7ZzQ'],
    ['token: -QwErTyUiOpAsDfGhJk', '-QwErTyUiOpAsDfGhJk'],
    ['token: -QxZvKwPmRtLbNcVd', '-QxZvKwPmRtLbNcVd'],
    ['x ApiKey -Xk9mQ2vLp7', '-Xk9mQ2vLp7'],
  ])
})
