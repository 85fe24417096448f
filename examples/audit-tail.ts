import type { AuditEntry } from '../src/index.js'

/** How many recent entries the demo's audit panel keeps: a screenful. */
export const AUDIT_TAIL_SIZE = 50

/**
 * What the demo's audit panel shows of an entry. Picked field by field, so that nothing added to AuditEntry later
 * reaches the page unseen: ids, status and counts only, never content, the key or its fingerprint.
 */
export type AuditRow = Pick<
  AuditEntry,
  'timestamp' | 'requestId' | 'userId' | 'model' | 'statusCode' | 'errorCode' | 'tokensUsed' | 'findings' | 'latencyMs'
>

export interface AuditTail {
  /** The plugin's `audit.emit` sink. */
  emit(entry: AuditEntry): void
  /** The most recent rows, oldest first. */
  rows(): AuditRow[]
}

/** An in-memory tail of the audit sink, for the demo page only: a real service sends entries to its SIEM. */
export function createAuditTail(size = AUDIT_TAIL_SIZE): AuditTail {
  const rows: AuditRow[] = []
  return {
    emit(entry) {
      const { timestamp, requestId, userId, model, statusCode, errorCode, tokensUsed, findings, latencyMs } = entry
      rows.push({ timestamp, requestId, userId, model, statusCode, errorCode, tokensUsed, findings, latencyMs })
      if (rows.length > size) rows.shift()
    },
    rows: () => [...rows],
  }
}
