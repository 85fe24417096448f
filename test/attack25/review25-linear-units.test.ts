import { linearWorkOnUnits } from '../helpers/linear-units.js'

// The readers round 25's review widened (test/attack25/review25-*.test.ts), in a process of their own (the work meter
// patches the regex and string primitives of its process): the empty items past which a listed key is read
// (split-keys.ts), the record forms of a domestic bank account's labels (bank-accounts.ts), a particle then a colon or
// a round bracket after another language's one-time code label (short-names.ts), a resident registration number's
// halves a blank apart (national-ids.ts).
linearWorkOnUnits("a listed key's empty items", [
  '"ghp_R8kT2mWq9ZpL4vXc", "", ',
  '"ghp_", "", "", ',
  "'AKIA', '', ",
  '"", ',
  '"ghp_R8kT2mWq9ZpL4vXc", null, ',
  '"ghp_", null, undefined, ',
  'null, ',
])

linearWorkOnUnits("a bank account's labels in a record", [
  '{"sort_code": "20-00-00", "account_number": "55779911"} ',
  '**Sort code:** **Account number:** ',
  '| Account number | | sort_code | ',
  'acct_no: "1234567" ',
  'BSB 062 000 BSB 062 ',
])

linearWorkOnUnits('a particle then a colon after a code label', [
  '验证码为：482193 ',
  '인증번호는: (',
  '验证码（1000元 ',
])

linearWorkOnUnits("a resident registration number's halves a blank apart", [
  '주민등록번호 800101 1234568 ',
  '800101 800101 ',
  'RRN 123456 ',
])
