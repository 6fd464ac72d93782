/** Runs `compute` and records its duration as a performance measure that the benchmark suite reads. */
export function measureDuration<T>(name: string, compute: () => T): T {
  const start = performance.now()
  const result = compute()
  performance.measure(name, { start, end: performance.now() })
  return result
}
