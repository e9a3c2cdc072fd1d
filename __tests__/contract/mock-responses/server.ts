import { once } from 'node:events'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'

/**
 * A loopback stand-in for OpenAI's Responses API, enough for the real `codex exec` to run a
 * whole turn offline: codex points at it through a custom model provider
 * (`wire_api = "responses"`, `base_url = http://127.0.0.1:<port>/v1`).
 *
 * It plays a script. Every `POST /v1/responses` takes the first unused step whose `when`
 * accepts the request body and answers with that step's output items, streamed as
 * server-sent events when the body asks for `stream: true`. Every request is recorded, so a
 * test can assert what codex sent (model, instructions, input, tools, `text.format`).
 * Anything else codex asks for gets a small, harmless answer and is recorded as `unknown`.
 *
 * Seen from codex-cli 0.169.0 with such a provider: only `POST /v1/responses`, always
 * `stream: true` (no `/models`, no websocket), no `Authorization` header; the system prompt
 * and our prompt travel as `input` messages (developer, then user), not as `instructions`.
 * A tool call's result comes back on the next request as a `function_call_output` input item
 * after the echoed `function_call`.
 *
 * The server doubles as an HTTP(S) proxy that refuses everything: with `proxyEnv()` in the
 * client's environment, any attempt to reach a host other than 127.0.0.1 is recorded (as
 * `proxy (refused)`) instead of leaving the machine.
 */

/** An output item of a response, in the Responses API's shape. */
export type OutputItem =
  | {
      readonly type: 'message'
      readonly role: 'assistant'
      readonly content: readonly { readonly type: 'output_text'; readonly text: string }[]
    }
  | {
      readonly type: 'function_call'
      readonly name: string
      readonly call_id: string
      /** A JSON document, as a string (the API sends it this way). */
      readonly arguments: string
    }

export interface ScriptStep {
  /** Human name for failures (e.g. `execute: write the file`). */
  readonly label: string
  /** Whether this step answers the request; the first unused accepting step is taken. */
  readonly when?: (body: ResponsesRequestBody) => boolean
  /** What the model "says": fixed items, or items made from the request. */
  readonly output: readonly OutputItem[] | ((body: ResponsesRequestBody) => readonly OutputItem[])
  /** An HTTP error instead of a response (e.g. 401 to test auth failures). */
  readonly failWithStatus?: number
  /** Start the stream (`response.created`) and then never finish it: a model that hangs. */
  readonly hang?: boolean
  /** The `usage` of `response.completed` (default: 100 in, 20 out, nothing cached). */
  readonly usage?: ResponseUsage
}

/** `usage` of a completed response, in the Responses API's shape. */
export interface ResponseUsage {
  readonly input_tokens: number
  readonly input_tokens_details: {
    readonly cached_tokens: number
    /** Prompt-cache writes; codex 0.169 reads this field into `cache_write_input_tokens`. */
    readonly cache_write_tokens?: number
  }
  readonly output_tokens: number
  readonly output_tokens_details: { readonly reasoning_tokens: number }
  readonly total_tokens: number
}

export const DEFAULT_USAGE: ResponseUsage = {
  input_tokens: 100,
  input_tokens_details: { cached_tokens: 0 },
  output_tokens: 20,
  output_tokens_details: { reasoning_tokens: 0 },
  total_tokens: 120
}

/** The parts of a request body tests look at; the rest stays available as `unknown`. */
export interface ResponsesRequestBody {
  readonly model?: string
  readonly instructions?: string
  readonly input?: readonly Record<string, unknown>[]
  readonly tools?: readonly Record<string, unknown>[]
  readonly text?: { readonly format?: Record<string, unknown> }
  readonly stream?: boolean
  readonly [key: string]: unknown
}

export interface RecordedRequest {
  readonly method: string
  readonly path: string
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
  /** Parsed JSON body, or null when there was none or it was not JSON. */
  readonly body: ResponsesRequestBody | null
  /** Which script step answered it; `unknown` for endpoints the mock does not model. */
  readonly answeredBy: string
}

export interface MockResponsesServer {
  /** `http://127.0.0.1:<port>/v1`, the provider's base URL. */
  readonly baseUrl: string
  readonly requests: readonly RecordedRequest[]
  /** Only the `POST …/responses` requests, in arrival order. */
  responsesRequests(): RecordedRequest[]
  /** Labels of the steps nobody asked for yet. */
  unusedSteps(): string[]
  /** Requests for anything but 127.0.0.1 that came through the refusing proxy. */
  refusedProxyRequests(): RecordedRequest[]
  /**
   * Environment that routes a client's other traffic into the refusing proxy, while the mock
   * itself stays direct (`NO_PROXY`).
   */
  proxyEnv(): Record<string, string>
  close(): Promise<void>
}

export interface MockResponsesOptions {
  /** Called for every request before it is answered (e.g. to look at the client process). */
  readonly onRequest?: (request: RecordedRequest) => void
}

/** `answeredBy` of what came through the refusing proxy (CONNECT or absolute-form URLs). */
const PROXY_REFUSED = 'proxy (refused)'

export async function startMockResponsesServer(
  script: readonly ScriptStep[],
  options: MockResponsesOptions = {}
): Promise<MockResponsesServer> {
  const requests: RecordedRequest[] = []
  const used = new Set<number>()
  let responseCount = 0

  const record = (
    request: IncomingMessage,
    path: string,
    body: ResponsesRequestBody | null,
    answeredBy: string
  ): void => {
    const entry: RecordedRequest = {
      method: request.method ?? 'GET',
      path,
      headers: { ...request.headers },
      body,
      answeredBy
    }
    requests.push(entry)
    options.onRequest?.(entry)
  }

  const answer = (request: IncomingMessage, response: ServerResponse, text: string): void => {
    const body = parseBody(text)
    const url = request.url ?? '/'
    if (/^[a-z]+:\/\//i.test(url)) {
      // Absolute-form request line: a client using us as its plain-HTTP proxy.
      record(request, url, body, PROXY_REFUSED)
      sendJson(response, 403, { error: { message: 'mock: no network here', type: 'mock' } })
      return
    }
    const path = url.split('?')[0] ?? '/'
    if (request.method === 'POST' && path.endsWith('/responses')) {
      const index = script.findIndex(
        (step, at) => !used.has(at) && (step.when === undefined || step.when(body ?? {}))
      )
      const step = index < 0 ? undefined : script[index]
      if (step === undefined) {
        record(request, path, body, 'no matching step')
        sendJson(response, 400, {
          error: { message: 'mock: no script step matches this request', type: 'mock' }
        })
        return
      }
      used.add(index)
      record(request, path, body, step.label)
      if (step.failWithStatus !== undefined) {
        sendJson(response, step.failWithStatus, {
          error: { message: `mock: scripted ${step.failWithStatus}`, type: 'mock' }
        })
        return
      }
      responseCount += 1
      const id = `resp_mock_${responseCount}`
      if (step.hang === true) {
        response.writeHead(200, { 'content-type': 'text/event-stream' })
        const created = { type: 'response.created', sequence_number: 0 }
        const data = { ...created, response: responseObject(id, body, [], 'in_progress') }
        response.write(`event: response.created\ndata: ${JSON.stringify(data)}\n\n`)
        return
      }
      const output = typeof step.output === 'function' ? step.output(body ?? {}) : step.output
      const usage = step.usage ?? DEFAULT_USAGE
      if (body?.stream === true) streamResponse(response, id, body, output, usage)
      else sendJson(response, 200, responseObject(id, body, output, 'completed', usage))
      return
    }
    record(request, path, body, 'unknown')
    if (request.method === 'GET' && path.endsWith('/models')) {
      // Both list shapes in use: OpenAI's `data` and codex's own `models`.
      sendJson(response, 200, { object: 'list', data: [], models: [] })
      return
    }
    sendJson(response, 404, { error: { message: `mock: no route ${path}`, type: 'mock' } })
  }

  const server: Server = createServer((request, response) => {
    readBody(request)
      .then((text) => answer(request, response, text))
      .catch((error: unknown) => {
        // A broken script (a throwing `when`/`output`) shows up as a 500 and a record.
        record(request, request.url ?? '/', null, `mock error: ${String(error)}`)
        if (!response.headersSent) sendJson(response, 500, { error: { message: String(error) } })
        else response.end()
      })
  })
  server.on('upgrade', (request: IncomingMessage, socket: Duplex) => {
    // A websocket attempt (the Responses API has a websocket mode): recorded, then refused.
    record(request, (request.url ?? '/').split('?')[0] ?? '/', null, 'unknown')
    socket.end('HTTP/1.1 404 Not Found\r\n\r\n')
  })
  server.on('connect', (request: IncomingMessage, socket: Duplex) => {
    record(request, request.url ?? '', null, PROXY_REFUSED)
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    responsesRequests: () =>
      requests.filter((entry) => entry.method === 'POST' && entry.path.endsWith('/responses')),
    unusedSteps: () => script.filter((_, at) => !used.has(at)).map((step) => step.label),
    refusedProxyRequests: () => requests.filter((entry) => entry.answeredBy === PROXY_REFUSED),
    proxyEnv: () => {
      const proxy = `http://127.0.0.1:${port}`
      const direct = '127.0.0.1,localhost'
      return {
        HTTPS_PROXY: proxy,
        HTTP_PROXY: proxy,
        ALL_PROXY: proxy,
        https_proxy: proxy,
        http_proxy: proxy,
        all_proxy: proxy,
        NO_PROXY: direct,
        no_proxy: direct
      }
    },
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

/** The server-sent events of one streamed response, in the order the API sends them. */
function streamResponse(
  response: ServerResponse,
  id: string,
  body: ResponsesRequestBody,
  output: readonly OutputItem[],
  usage: ResponseUsage
): void {
  response.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive'
  })
  let sequence = 0
  const send = (type: string, payload: Record<string, unknown>): void => {
    const data = JSON.stringify({ type, sequence_number: sequence, ...payload })
    sequence += 1
    response.write(`event: ${type}\ndata: ${data}\n\n`)
  }
  send('response.created', { response: responseObject(id, body, [], 'in_progress') })
  send('response.in_progress', { response: responseObject(id, body, [], 'in_progress') })
  const done: Record<string, unknown>[] = []
  output.forEach((item, outputIndex) => {
    const itemId = `${item.type === 'message' ? 'msg' : 'fc'}_${id}_${outputIndex}`
    const full = { id: itemId, status: 'completed', ...item }
    if (item.type === 'message') {
      send('response.output_item.added', {
        output_index: outputIndex,
        item: { ...full, status: 'in_progress', content: [] }
      })
      item.content.forEach((part, contentIndex) => {
        const where = { item_id: itemId, output_index: outputIndex, content_index: contentIndex }
        send('response.content_part.added', {
          ...where,
          part: { type: 'output_text', text: '', annotations: [] }
        })
        for (const delta of chunks(part.text, 64)) {
          send('response.output_text.delta', { ...where, delta })
        }
        send('response.output_text.done', { ...where, text: part.text })
        send('response.content_part.done', {
          ...where,
          part: { type: 'output_text', text: part.text, annotations: [] }
        })
      })
    } else {
      send('response.output_item.added', {
        output_index: outputIndex,
        item: { ...full, status: 'in_progress', arguments: '' }
      })
      send('response.function_call_arguments.delta', {
        item_id: itemId,
        output_index: outputIndex,
        delta: item.arguments
      })
      send('response.function_call_arguments.done', {
        item_id: itemId,
        output_index: outputIndex,
        arguments: item.arguments
      })
    }
    send('response.output_item.done', { output_index: outputIndex, item: full })
    done.push(full)
  })
  send('response.completed', { response: responseObject(id, body, done, 'completed', usage) })
  response.end()
}

function responseObject(
  id: string,
  body: ResponsesRequestBody | null,
  output: readonly object[],
  status: 'in_progress' | 'completed',
  usage: ResponseUsage | null = null
): Record<string, unknown> {
  return {
    id,
    object: 'response',
    created_at: Math.floor(Date.now() / 1000),
    status,
    model: body?.model ?? 'mock-model',
    output,
    usage: status === 'completed' ? usage : null
  }
}

function* chunks(text: string, size: number): Generator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size)
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' })
  response.end(JSON.stringify(value))
}

async function readBody(request: IncomingMessage): Promise<string> {
  const parts: Buffer[] = []
  for await (const part of request) parts.push(part as Buffer)
  return Buffer.concat(parts).toString('utf8')
}

function parseBody(text: string): ResponsesRequestBody | null {
  if (text.trim() === '') return null
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as ResponsesRequestBody)
      : null
  } catch {
    return null
  }
}

/** The text of every `function_call_output` codex sent back, by call id. */
export function functionCallOutputs(body: ResponsesRequestBody | null): Map<string, string> {
  const outputs = new Map<string, string>()
  for (const item of body?.input ?? []) {
    if (item.type !== 'function_call_output' || typeof item.call_id !== 'string') continue
    const output = item.output
    outputs.set(item.call_id, typeof output === 'string' ? output : JSON.stringify(output))
  }
  return outputs
}

/** A final assistant message carrying `value` as JSON text (what codex writes to `-o`). */
export function jsonMessage(value: unknown): OutputItem {
  return {
    type: 'message',
    role: 'assistant',
    content: [{ type: 'output_text', text: JSON.stringify(value) }]
  }
}
