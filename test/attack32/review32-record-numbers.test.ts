import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Review 32, a leak of fp32's record numbers: a value read up to a password's closing symbol (`INC0012345` of
 * `password request: INC0012345!`) was judged a tracker's record and dropped, with the password it is part of. No
 * tracker writes a symbol after its record's number: with one after it, the value is read as ever.
 */

t.test("a record's number with a password's symbol after it is read", async (t) => {
  assertFound(t, [
    ['password request: INC0012345!', 'INC0012345!'],
    ['password reset request: RITM0041234#', 'RITM0041234#'],
    ['api key (scope: read): INC0012345!', 'INC0012345!'],
    ['mysql -u root -pCHG0031337! -h db01', 'CHG0031337!'],
  ])
})

t.test("a record's number as trackers write it stays clean", async (t) => {
  assertNothingFound(t, [
    'Token: INC0012345',
    'token=OPS-4410',
    'password: RITM0041234.',
    'Password reset request: RITM0012345',
    'Is the token in INC0012345?',
  ])
})
