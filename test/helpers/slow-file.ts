import t from 'tap'

/**
 * Imported first (for its effect) by test files that start a browser or a second process. tap gives a file 30 s
 * from its start, and on a loaded 2-core machine loading the plugin alone can take most of that: the file's
 * timeout must be raised before its other imports are loaded, which a statement in the file itself cannot do.
 */
export const SLOW_FILE_TIMEOUT_MS = 6 * 60 * 1000
t.setTimeout(SLOW_FILE_TIMEOUT_MS)
