// autocannon 9 ships no types: the slice of its API the bench uses.
declare module 'autocannon' {
  interface Options {
    url: string
    method?: string
    headers?: Record<string, string>
    body?: string
    connections?: number
    duration?: number
  }
  interface Result {
    errors: number
    timeouts: number
    non2xx: number
    requests: { total: number; average: number }
  }
  export default function autocannon(options: Options): Promise<Result>
}
