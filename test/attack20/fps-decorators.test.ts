import t from 'tap'
import { assertFoundAs, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by running the guard over ordinary files (Python's typing.py, unittest; the most frequent one
 * left in /usr/lib/python3). A value is read on the line below a secret's name, so a definition named after one
 * (`def token(self): …`, `def password(self) -> str:`) gave away the decorator of the next one (`@abstractmethod`,
 * `@classmethod`) as its value: the `@` made a lower-case word look random. A decorator's or an annotation's name of
 * words after `@` (`@pytest.fixture(scope="module")`, Java's `@Override`) is no value; letters alone are no secret
 * without the `@` either (secret-value.ts' isDecorator). With a digit or another character it is judged as before.
 */

const CODE = [
  '    @property\n    @abstractmethod\n    def token(self) -> str:\n        pass\n\n    @abstractmethod\n    def close(self):',
  'def password(self) -> str:\n    pass\n\n@abstractmethod\ndef close(self) -> None:',
  'def token(self):\n    pass\n\n@classmethod\ndef close(cls):',
  'def get_token(self):\n    ...\n\n@pytest.fixture(scope="module")\ndef client():',
  'String token() { return t; }\n@Override\npublic void run() {}',
  'password\n@staticmethod',
]

t.test('a decorator below a definition named after a secret is no value', async (t) => {
  assertNothingFound(t, [...CODE, CODE.join('\n')])
})

t.test('a value opening with @ is still judged', async (t) => {
  assertFoundAs(
    t,
    [
      ['passwd:\n@Xk9mQ2vL7', '@Xk9mQ2vL7'],
      ['password: @Xk9#mq2vL', '@Xk9#mq2vL'],
      ['password:\n@dm1nPass2024', '@dm1nPass2024'],
    ],
    'generic_secret',
  )
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, CODE)
})
