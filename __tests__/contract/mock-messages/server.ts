import { once } from 'node:events'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'

/**
 * A loopback stand-in for Anthropic's Messages API, enough for the real `claude -p` to run a
 * whole structured-output turn offline: claude points at it through `ANTHROPIC_BASE_URL`
 * (`http://127.0.0.1:<port>`) with a dummy `ANTHROPIC_API_KEY` that only ever travels to
 * 127.0.0.1 (see docs/agent-cli-contract.md for why this one key is allowed).
 *
 * It plays a script, like the Responses mock beside it: every `POST /v1/messages` takes the
 * first unused step whose `when` accepts the body and answers with that step's content
 * blocks, streamed as server-sent events when the body asks for `stream: true`. Every request
 * is recorded with its headers and body, so a test can assert what claude sent (system
 * prompt, messages, tools). Anything else gets a small harmless answer, recorded as
 * `unknown`. The server doubles as a refusing HTTP(S) proxy (`proxyEnv()`), so any attempt to
 * reach another host is recorded instead of leaving the machine.
 */

export type ContentBlock =
  | { readonly type: 'text'; readonly text: string }
  | {
      readonly type: 'tool_use'
      readonly id: string
      readonly name: string
      readonly input: Record<string, unknown>
    }

export interface MessagesRequestBody {
  readonly model?: string
  readonly system?: string | readonly Record<string, unknown>[]
  readonly messages?: readonly Record<string, unknown>[]
  readonly tools?: readonly Record<string, unknown>[]
  readonly stream?: boolean
  readonly [key: string]: unknown
}

export interface MessagesScriptStep {
  readonly label: string
  readonly when?: (body: MessagesRequestBody) => boolean
  readonly content:
    readonly ContentBlock[] | ((body: MessagesRequestBody) => readonly ContentBlock[])
  /** Default: `tool_use` when a block is one, else `end_turn`. */
  readonly stopReason?: string
}

export interface RecordedMessagesRequest {
  readonly method: string
  readonly path: string
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
  readonly body: MessagesRequestBody | null
  /** The raw request text, for searching a canary wherever it sits. */
  readonly rawBody: string
  readonly answeredBy: string
}

export interface MockMessagesServer {
  /** `http://127.0.0.1:<port>`, the value for `ANTHROPIC_BASE_URL`. */
  readonly baseUrl: string
  readonly requests: readonly RecordedMessagesRequest[]
  /** Only the `POST /v1/messages` requests (not count_tokens), in arrival order. */
  messagesRequests(): RecordedMessagesRequest[]
  unusedSteps(): string[]
  refusedProxyRequests(): RecordedMessagesRequest[]
  proxyEnv(): Record<string, string>
  close(): Promise<void>
}

const PROXY_REFUSED = 'proxy (refused)'

export async function startMockMessagesServer(
  script: readonly MessagesScriptStep[]
): Promise<MockMessagesServer> {
  const requests: RecordedMessagesRequest[] = []
  const used = new Set<number>()
  let responseCount = 0

  const record = (
    request: IncomingMessage,
    path: string,
    rawBody: string,
    answeredBy: string
  ): void => {
    requests.push({
      method: request.method ?? 'GET',
      path,
      headers: { ...request.headers },
      body: parseBody(rawBody),
      rawBody,
      answeredBy
    })
  }

  const answer = (request: IncomingMessage, response: ServerResponse, text: string): void => {
    const url = request.url ?? '/'
    if (/^[a-z]+:\/\//i.test(url)) {
      record(request, url, text, PROXY_REFUSED)
      sendJson(response, 403, { type: 'error', error: { type: 'mock', message: 'no network' } })
      return
    }
    const path = url.split('?')[0] ?? '/'
    const body = parseBody(text)
    if (request.method === 'POST' && path === '/v1/messages') {
      const index = script.findIndex(
        (step, at) => !used.has(at) && (step.when === undefined || step.when(body ?? {}))
      )
      const step = index < 0 ? undefined : script[index]
      if (step === undefined) {
        record(request, path, text, 'no matching step')
        sendJson(response, 400, {
          type: 'error',
          error: { type: 'invalid_request_error', message: 'mock: no script step matches' }
        })
        return
      }
      used.add(index)
      record(request, path, text, step.label)
      responseCount += 1
      const content = typeof step.content === 'function' ? step.content(body ?? {}) : step.content
      const stopReason =
        step.stopReason ??
        (content.some((block) => block.type === 'tool_use') ? 'tool_use' : 'end_turn')
      const message = {
        id: `msg_mock_${responseCount}`,
        type: 'message',
        role: 'assistant',
        model: body?.model ?? 'mock-model',
        stop_sequence: null,
        usage: { input_tokens: 100, output_tokens: 20 }
      }
      if (body?.stream === true) streamMessage(response, message, content, stopReason)
      else sendJson(response, 200, { ...message, content, stop_reason: stopReason })
      return
    }
    record(request, path, text, 'unknown')
    if (request.method === 'POST' && path === '/v1/messages/count_tokens') {
      sendJson(response, 200, { input_tokens: 100 })
      return
    }
    sendJson(response, 404, { type: 'error', error: { type: 'not_found_error', message: path } })
  }

  const server: Server = createServer((request, response) => {
    readBody(request)
      .then((text) => answer(request, response, text))
      .catch((error: unknown) => {
        record(request, request.url ?? '/', '', `mock error: ${String(error)}`)
        if (!response.headersSent) sendJson(response, 500, { error: String(error) })
        else response.end()
      })
  })
  server.on('upgrade', (request: IncomingMessage, socket: Duplex) => {
    record(request, (request.url ?? '/').split('?')[0] ?? '/', '', 'unknown')
    socket.end('HTTP/1.1 404 Not Found\r\n\r\n')
  })
  server.on('connect', (request: IncomingMessage, socket: Duplex) => {
    record(request, request.url ?? '', '', PROXY_REFUSED)
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    messagesRequests: () =>
      requests.filter((entry) => entry.method === 'POST' && entry.path === '/v1/messages'),
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

/** The server-sent events of one streamed message, in the order the API sends them. */
function streamMessage(
  response: ServerResponse,
  message: Record<string, unknown>,
  content: readonly ContentBlock[],
  stopReason: string
): void {
  response.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive'
  })
  const send = (type: string, payload: Record<string, unknown>): void => {
    response.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...payload })}\n\n`)
  }
  send('message_start', {
    message: {
      ...message,
      content: [],
      stop_reason: null,
      usage: { input_tokens: 100, output_tokens: 1 }
    }
  })
  content.forEach((block, index) => {
    if (block.type === 'text') {
      send('content_block_start', { index, content_block: { type: 'text', text: '' } })
      send('content_block_delta', { index, delta: { type: 'text_delta', text: block.text } })
    } else {
      send('content_block_start', {
        index,
        content_block: { type: 'tool_use', id: block.id, name: block.name, input: {} }
      })
      send('content_block_delta', {
        index,
        delta: { type: 'input_json_delta', partial_json: JSON.stringify(block.input) }
      })
    }
    send('content_block_stop', { index })
  })
  send('message_delta', {
    delta: { stop_reason: stopReason, stop_sequence: null },
    usage: { output_tokens: 20 }
  })
  send('message_stop', {})
  response.end()
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

function parseBody(text: string): MessagesRequestBody | null {
  if (text.trim() === '') return null
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as MessagesRequestBody)
      : null
  } catch {
    return null
  }
}

/** Whether the conversation already holds a `tool_result` for `toolUseId`. */
export function hasToolResult(body: MessagesRequestBody, toolUseId: string): boolean {
  return (body.messages ?? []).some(
    (message) =>
      Array.isArray(message.content) &&
      (message.content as Record<string, unknown>[]).some(
        (block) => block.type === 'tool_result' && block.tool_use_id === toolUseId
      )
  )
}

/** A tool call of claude's `StructuredOutput` tool carrying `report`. */
export function structuredOutputCall(
  report: Record<string, unknown>,
  id = 'toolu_report'
): ContentBlock {
  return { type: 'tool_use', id, name: 'StructuredOutput', input: report }
}
