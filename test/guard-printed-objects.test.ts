import t from 'tap'
import { assertClean, assertFastAsFull, assertFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// Objects printed by their `toString` or `repr` with a plain, weak password among their fields: a log line's
// `User(name=alice, password=hunter2)`. Code passing a variable by name there (`password=pwd`) stays code.

t.test("a plain password in a printed object's fields is found", async (t) => {
  assertFound(t, [
    ['User(name=alice, password=hunter2)', 'hunter2'],
    ['User(name=alice, password=letmein)', 'letmein'],
    ['LoginRequest(username=bob, pwd=tulip77)', 'tulip77'],
    ['INFO saving Account(id=7, passwd=qwerty123, active=true)', 'qwerty123'],
    ['DbConfig(host=db1, port=5432, user=app, password=marlin2019)', 'marlin2019'],
    ['UserDto(email=jo@x.io, password=bluesky8)', 'bluesky8'],
  ])
})

t.test('printed objects already read stay found: quoted fields and random values', async (t) => {
  assertFound(t, [
    ["LoginRequest{user='bob', pwd='hunter2'}", 'hunter2'],
    ['#<User id: 1, password: "hunter2">', 'hunter2'],
    ["Credentials(username='a', password='hunter2')", 'hunter2'],
    ['User(name=alice, password=Xk9mPq2vL7)', 'Xk9mPq2vL7'],
  ])
})

t.test('calls passing variables by name stay clean', async (t) => {
  assertClean(t, [
    'User(name=name, password=password)',
    'connect(host=host, password=pw)',
    'Credentials(username=user, password=pwd1)',
    'Config(user=u, password=args.password)',
    'Login(password=secret123)',
    'Foo(password=value1)',
    'db = Database(user=admin, password=newPassword)',
    'Creds(password=xs2)',
    'client = Client(password=input2)',
    'login(user=alice, password=hunter2)',
    'Session(token=abc12345)',
  ])
})

t.test('printed objects: streamed and fast as whole and full', async (t) => {
  const texts = ['User(name=alice, password=hunter2)', 'LoginRequest(username=bob, pwd=tulip77)']
  assertStreamedAsWhole(t, texts)
  assertFastAsFull(t, texts, { seed: 1817, withFindings: 100 })
})
