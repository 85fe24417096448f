import t from 'tap'
import { found } from '../helpers/guard-cases.js'

/**
 * False positive (over-redaction), found by pasting gcloud and git commands: an address given to a command's option
 * or to a dotted setting with `=` (`--iam-account=ci-bot@corp.de`, `--mail-from=…`, `user.email=…`) was redacted with
 * the option's name, as `=` may join a routed mailbox's local part (`first.last=dept@…`): the command was unreadable.
 * Now a local part read back past a `=` to a dash (no mailbox opens with one) or to a name whose last part is a mail
 * field's (`user.email`, `GIT_AUTHOR_EMAIL`, `iam-account`) starts after the `=` (contact.ts' isFieldValue). The
 * address itself is still found, and so are a routed mailbox and a shared one whole.
 */

const ADDRESSES: Array<[string, string]> = [
  ['gcloud iam service-accounts keys create key.json --iam-account=ci-bot@corp.de', 'ci-bot@corp.de'],
  ['git config --global user.email=mona@corp.de', 'mona@corp.de'],
  ['curl smtp://mail.corp.de --mail-from=mona@corp.de --mail-rcpt=bob@corp.de', 'mona@corp.de'],
  ['GIT_AUTHOR_EMAIL=mona@corp.de git commit', 'mona@corp.de'],
  ['sendmail --to=jane.roe@corp.de < note.txt', 'jane.roe@corp.de'],
]

t.test("an address after an option's or a setting's `=` is found without the name", async (t) => {
  for (const [text, address] of ADDRESSES) t.same(found(text)[0], ['email', address], text)
})

t.test('a routed mailbox and a shared one are still found whole', async (t) => {
  t.same(found('first.last=dept@corp.de'), [['email', 'first.last=dept@corp.de']])
  t.same(found('write to billing&accounts@corp.de'), [['email', 'billing&accounts@corp.de']])
})
