import { linearWorkOnUnits } from './helpers/linear-units.js'

// The false-positive round's later readers (test/attack20/fps-keyword-list-names, fps-machine-limits,
// fps-format-conversions, fps-decorators), in a process of their own as test/guard-linear-units-fps.test.ts:
// doubling a unit's repetitions must at most double the counted work.
linearWorkOnUnits('false positives of ordinary code and text, 2', [
  "    'SMC_KeyValue',\n    'SMC_EndSection',\n",
  "'HTTPPasswordMgr', 'HTTPPasswordMgrWithDefaultRealm', ",
  'a number between 1 and 4294967295 ',
  'call(e,2147483648,d) ',
  'headers["Authorization"] = "Basic %s" % auth\n',
  'def token(self):\n    pass\n\n@abstractmethod\n',
])
