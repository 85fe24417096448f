import { linearWorkOnUnits } from './helpers/linear-units.js'

// The readings added by round 25's false-positive attack (test/attack25/fps25-*.test.ts), in a process of their own
// (the work meter patches the regex and string primitives of its process): the traceback frame lines of
// traceback-frames.ts.
linearWorkOnUnits("a traceback frame's line over its source", [
  '  File "/app/auth.py", line 42, in verify_token\n    payload = jwt.decode(token, KEY, algorithms=["HS256"])\n',
  'File "a", line 1, in token\nx=1\n',
  'File "File "File "File ", line 1, in token\n',
  'Cell In[3], line 5, in get_token\n',
  ' in token in token in token\n',
])
