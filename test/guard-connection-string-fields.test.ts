import t from 'tap'
import { assertFinds, assertFound } from './helpers/guard-cases.js'

// A password in a connection string ends at the `;` before the driver's next key (`;Encrypt=True`, `;Initial
// Catalog=…`): the span held the fields after it, whose redaction hid the rest of the string from the model. Before any
// other name a `;` stays the password's own: a random one holding `;Vw=` is not cut into a stub left in clear.

const PW = 'Xk92mQ7vLp3zR8'

t.test("a connection string's password ends before the next key", async (t) => {
  const cases: Array<[string, string]> = [
    [`Password=${PW};Encrypt=True;`, PW],
    [`Server=db;Password=${PW};Database=app`, PW],
    [`Server=tcp:db.example.net,1433;Initial Catalog=app;User ID=sa;Password=${PW};Encrypt=True;`, PW],
    [`Host=db;Username=app;Password=${PW};Include Error Detail=true`, PW],
    [`Driver={PostgreSQL};Server=db;Uid=app;Pwd=${PW};sslmode=require`, PW],
    [`Data Source=db;Password=${PW};Persist Security Info=False;MultipleActiveResultSets=true`, PW],
    [`ConnectionStrings__Default="Server=db;Pwd=${PW};Trust Server Certificate=true"`, PW],
    // A `;` inside the password, before no key, stays in it.
    [`Data Source=db;User Id=app;Password=Xk9;2mQ7vLp3zR8;Pooling=true`, 'Xk9;2mQ7vLp3zR8'],
  ]
  assertFinds(t, cases)
  assertFound(t, cases)
})

t.test("a password's own `;` before another name is not cut", async (t) => {
  assertFinds(t, [
    ['SMTP_PASSWORD=k9Qz;Vw=4mPx7Lr', 'k9Qz;Vw=4mPx7Lr'],
    ['x=1;password=k9Qz;Vw=4mPx7Lr', 'k9Qz;Vw=4mPx7Lr'],
    ['password=k9Qz;secret=4mPx7Lr9', 'k9Qz;secret=4mPx7Lr9'],
  ])
})
