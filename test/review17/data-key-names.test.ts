import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * What: secrets.ts now reads any word before `key` as naming a secret unless the word is on a short exclusion list
 * (primary, sort, cache, s3, object, ...). Everyday storage and data-model names outside that list are read as
 * secrets: `attachment_key`, `thumbnail_key`, `blob_key`, `upload_key`, `file_key` (an object store path), Cassandra's
 * `shard_key` (a hash), `answer_key`, `legend_key`, `checkpoint_key`/`snapshot_key`. Their values are object paths
 * and short content hashes, which the value test takes for passwords.
 * Severity: medium — a false positive on common config/JSON/ORM text (docs/guard.md promises few on everyday text);
 * under a block policy the request is refused. The family is the open-ended word before `key`: a deny list of data
 * words cannot be complete, and an object path (`uploads/2024/05/photo123.jpg`) is judged as a password.
 */
t.test('keys of data, not of locks, named by a word the exclusion list lacks', async (t) => {
  assertClean(t, [
    'attachment_key: uploads/2024/05/invoice_1042.pdf',
    '{"thumbnail_key": "thumbs/2024/05/img_0042.jpg", "width": 320}',
    'BLOB_KEY=exports/2024-05-01/orders_part3.csv',
    'upload_key: tmp/uploads/7f3a/avatar2.png',
    'shard_key: 5f2b9c1e7a',
    'answer_key: quiz/unit3/answers_v2.json',
    'legend_key: charts/2024/fig_07.svg',
    'checkpoint_key: checkpoints/epoch_12.ckpt',
    'snapshot_key: snapshots/db-2024-05-01/part0003.tar',
  ])
})

t.test('an object path as the value of a storage key', async (t) => {
  assertClean(t, ['storage_key: uploads/2024/05/photo123.jpg', 'kms_key_alias = "alias/orders2024"'])
})
