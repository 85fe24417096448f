/**
 * A fixed budget window (2^40 ms, about 35 years, aligned to the epoch: it ends in 2039) that no test run crosses
 * the end of. A test on the real clock that spends and then reads back, or spends again, must stay in the window it
 * spent in: with the default 'day' (or 'hour', 'month', a minute) a run that reaches the window's end between the two
 * reads the next window's empty budget (CI failed so on a one-minute window). Tests of the windows themselves fake
 * Date instead (test/budget.test.ts).
 */
export const WINDOW_NO_TEST_CROSSES = 2 ** 40
