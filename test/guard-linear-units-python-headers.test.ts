import { linearWorkOnUnits } from './helpers/linear-units.js'

// Python's definition headers (secrets.ts' opensBlockHeader), in a process of their own (the work meter patches the
// regex and string primitives of its process): doubling a unit's repetitions must at most double the counted work.

linearWorkOnUnits('Python definition headers', [
  'class APIKey(models.Model):\n    """An API key."""\n',
  'def get_token(self):\n',
  `def get_token(${'a'.repeat(150)}`,
  'class Token(\n',
  '    key(x):\n',
])
