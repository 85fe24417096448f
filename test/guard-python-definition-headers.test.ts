import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// Python names its classes and functions after secrets (`class APIKey(models.Model):`, `def get_token(self):`): the
// colon ending such a header opens a block, not a label, so the line below (a decorator, a docstring, a statement) is
// no value of the name (secrets.ts' opensBlockHeader).

const HEADERS = [
  'class RSAPrivateKey(metaclass=abc.ABCMeta):\n    @abc.abstractmethod\n    def decrypt(self, ciphertext: bytes) -> bytes:',
  'class Ed25519PrivateKey(metaclass=abc.ABCMeta):\n    @classmethod\n    def generate(cls) -> "Ed25519PrivateKey":',
  '    def get_token(self):\n        "Get a token from the input stream (or from stack if it\'s nonempty)"',
  'class APIKey(models.Model):\n    """An API key issued to a user (hashed at rest)."""\n    prefix = models.CharField(max_length=8)',
  'async def refresh_token(client):  \n    @retry(times=3)',
]

t.test("the line below a Python definition's header is no value of its name", async (t) => {
  assertNothingFound(t, HEADERS)
})

t.test('values in and under such headers are still read', async (t) => {
  assertFound(t, [
    ['def get_token(token="Xq7vLm2Rz9wKp4"):', 'Xq7vLm2Rz9wKp4'],
    ['class Secrets(BaseSettings):\n    api_key: str = "Xq7vLm2Rz9wKp4"', 'Xq7vLm2Rz9wKp4'],
    // A label with its qualifier in brackets is prose, not a header.
    ['Password(staging):\nXq7vLm2Rz9wKp4', 'Xq7vLm2Rz9wKp4'],
    // Other languages' definitions end with a brace: a default is read as before.
    ['function getToken(fallback = "Xq7vLm2Rz9wKp4") {', 'Xq7vLm2Rz9wKp4'],
  ])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, [HEADERS.join('\n\n')])
})
