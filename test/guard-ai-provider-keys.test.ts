import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

/**
 * Leak: keys of model and AI-tooling providers a Mistral user calls beside it, pasted bare or in prose with no
 * keyword before them (`here it is: csk-…`), passed: their prefixes were in no row of the provider table. Now
 * Cerebras (`csk-`), Anyscale Endpoints (`esecret_`), LlamaCloud (`llx-`), Voyage AI (`pa-`) and Adobe client
 * secrets (`p8e-`) are rows of src/guard/provider-tokens.ts; like every row, a body must look random, so a prefix
 * before words (a slug, a flag) is no key.
 */

const KEYS = [
  'csk-7eocb4um9lu6rnyw6sjifzb4hhfo5adotvcu8esue5akvti5',
  'esecret_y3bmlv8ov62hkhcu7cgymjkajj',
  'llx-Xk9mQ2vL7pZq4RtW8nB3cD6fG1hJ5kL0sA2dF4gH7jK9mN3p',
  'pa-Q7wE2rT9yU4iO1pA6sD3fG8hJ5kL0zX_cV7bN2mQ-9wE4rT1yU6i',
  'p8e-Xk9mQ2vL7pZq4RtW8nB3cD6fG1hJ5kL0',
]

t.test('the keys are found bare, in prose and in a header', async (t) => {
  assertFound(
    t,
    KEYS.flatMap((key) => [
      [key, key],
      [`here it is: ${key} (keep it safe)`, key],
      [`curl -H "Authorization: Bearer ${key}" https://api.example.com`, key],
    ]) as Array<[string, string]>,
  )
})

t.test('their prefixes before words are no key', async (t) => {
  assertNothingFound(t, [
    'see https://blog.example.com/pa-announcing-the-new-release-of-our-product',
    'the flag pa-mergerequestpipelinesnapshotsfromupstream is set',
    'llx-documentationprocessingpipelineconfigurationxx is the index name',
    'csk-abcdefghijklmnopqrstuvwxyzabcdefghijklmn',
    'p8e-ReadTheDocumentationBeforeYouStartWork',
    'esecret_placeholder_value_here is written in the sample',
  ])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(
    t,
    KEYS.map((key) => `here it is: ${key}`),
  )
})
