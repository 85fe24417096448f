// autocannon 9 ships no types: the slice of its API the bench uses.
declare module 'autocannon' {
  interface Options {
    url: string
    method?: string
    headers?: Record<string, string>
    body?: string
    /** Requests in turn; `setupRequest` may rewrite each one before it is sent (a body of its own). */
    requests?: Array<{ setupRequest?: (request: Request) => Request }>
    connections?: number
    duration?: number
  }
  interface Request {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string
  }
  interface Result {
    errors: number
    timeouts: number
    non2xx: number
    requests: { total: number; average: number }
  }
  export default function autocannon(options: Options): Promise<Result>
}
