import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 25 (false positives). A Python traceback names each frame on a line of its own, `File
 * "/app/auth.py", line 42, in verify_token`, its source line below. After a function named for a secret
 * (`verify_token`, `get_access_token`, `check_password`) the frame's line was read as a table's header, its last
 * column named for the secret, and the source line's third comma-separated part as that column's cell
 * (`algorithms=["HS256"])`, `timeout=10)`); or the name ending its line as a label, and a source line without blanks
 * as its value. Every pasted traceback through auth code lost a piece of its source. A frame's line (CPython's `File
 * "…", line N, in name`, IPython's `Cell In[N], line N, in name`) names where code ran: no column and no label
 * (src/guard/traceback-frames.ts). A table whose header holds a file and a line's column, a label ending its line,
 * and a secret written on a frame's source line are still read.
 */

const FRAMES_OVER_SOURCE = [
  '  File "/app/auth.py", line 42, in verify_token\n    payload = jwt.decode(token, SECRET_KEY, algorithms=["HS256"])',
  'Traceback (most recent call last):\n  File "/usr/lib/python3.11/site-packages/requests/sessions.py", line 589, in request\n    resp = self.send(prep, **send_kwargs)\n  File "/app/client.py", line 17, in get_access_token\n    r = requests.post(TOKEN_URL, data={"grant_type": "client_credentials"}, timeout=10)\nrequests.exceptions.ReadTimeout: read timeout',
  '  File "/app/auth.py", line 12, in get_api_key\n    return settings.get("api", "key", fallback=None)',
  '  File "/app/auth.py", line 12, in refresh_token\n    resp = client.post(url, json=payload, timeout=5.0)',
  '  File "/app/auth.py", line 12, in create_access_token\n    return jwt.encode(to_encode, SECRET_KEY, algorithm=ALGORITHM)',
  '  File "/app/auth.py", line 12, in load_private_key\n    key = serialization.load_pem_private_key(data, password=None, backend=default_backend())',
  '  File "/app/auth.py", line 12, in decode_token\n    return jwt.decode(token, self.public_key, algorithms=self.algorithms)',
  'File "C:\\app\\auth.py", line 12, in get_token\n    r = httpx.post(TOKEN_URL, data=form, timeout=30)\n        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/app/auth.py", line 12, in get_token\n    return_value=compute_token_v2(x)',
  '  File "/app/auth.py", line 12, in get_secret\r\n    cached_secret=load_secret_v2(name)',
  'Cell In[3], line 5, in get_token\n----> 5     return requests.post(url, data=form, timeout=30)',
]

t.test("a traceback frame's source line is no secret", async (t) => {
  assertNothingFound(t, FRAMES_OVER_SOURCE)
  assertStreamedAsWhole(t, FRAMES_OVER_SOURCE)
})

t.test('tables, labels and source lines holding a secret are still read', async (t) => {
  assertFound(t, [
    // A header naming a file and a line is a header still, when it is no frame's line.
    ['File,Line,Password\nauth.py,42,Xk9mQ2vLp7Tr', 'Xk9mQ2vLp7Tr'],
    ['File "a", Line, Password\nauth.py, 42, Xk9mQ2vLp7Tr', 'Xk9mQ2vLp7Tr'],
    ['name, line 3, in password\nalice, 3, Xk9mQ2vLp7Tr', 'Xk9mQ2vLp7Tr'],
    // A label ending its line after other words, its value below.
    ['the deploy token\nXk9mQ2vLp7wZr4Tb', 'Xk9mQ2vLp7wZr4Tb'],
    // A frame's function is named by the whole line: a name further on a long line is a label's.
    [`${'x'.repeat(400)} in the deploy token\nXk9mQ2vLp7wZr4Tb`, 'Xk9mQ2vLp7wZr4Tb'],
    // A secret written on a frame's source line.
    ['  File "/app/auth.py", line 12, in get_token\n    api_key = "Xk9mQ2vLp7wZr4Tb"', 'Xk9mQ2vLp7wZr4Tb'],
    [
      '  File "/app/auth.py", line 12, in login\n    connect(user="app", password="Tr0ub4dor&3xq", timeout=30)',
      'Tr0ub4dor&3xq',
    ],
  ])
})
