import t from 'tap'
import { assertFound } from '../helpers/guard-cases.js'

// Finding (review 18, high): prec18's account-operand rule (secrets.ts isAccountOperand) reads a lower-case word
// after `passwd` and a comma as the account the passwd tool prompts for, but `"passwd", "…"` is just as often a
// setting's name and its value passed to a setter (`conf.set`, `setProperty`, `put`): MySQLdb, ConfigParser and
// .properties files all call the password `passwd`. These were found before c68cd65..main; now a lower-case password
// with digits (the commonest kind) written through a setter leaves unredacted.

t.test('a password passed to a setter under the name passwd', async (t) => {
  assertFound(t, [
    ["conf.set('mysql', 'passwd', 'hunter2024')", 'hunter2024'],
    ['props.setProperty("passwd", "deploy2024");', 'deploy2024'],
    ['cfg.put("passwd", "s3cretpass99");', 's3cretpass99'],
    ['options.insert("passwd", "letmein2024")', 'letmein2024'],
  ])
})
