import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * What: tool-passwords.ts reads the word after `az … -p` as a password. In `az deployment … create` and the older
 * `az group deployment create`, `-p` is `--parameters`: a parameters file (`@main.parameters2.json`) or
 * `name=value` pairs. Every Bicep/ARM deployment tutorial has one. Severity: medium — the documented command of the
 * most common Azure workflow is flagged; the file name or the parameter pair is read as a password.
 */
t.test('az deployment -p is --parameters, not a password', async (t) => {
  assertClean(t, [
    'az deployment group create -g rg-prod -f main.bicep -p @params.prod2.json',
    'az deployment group create -g rg-prod -f main.bicep -p env=prod2 sku=S1',
    'az group deployment create -g rg -n dep --template-file t.json -p storageSku=Standard_LRS2',
    'az deployment sub create -l westeurope -f main.bicep -p @main.parameters2.json',
  ])
})
