import { randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

export interface FolderServer {
  origin: string
  /** Keeps a text to be fetched once from the returned path, then forgotten. */
  stash(text: string): string
  close(): Promise<void>
}

const stashPrefix = '/__harness-ipc/'

/** Serves the built renderer on 127.0.0.1, the only origin the harness page talks to. */
export async function serveFolder(folder: string): Promise<FolderServer> {
  const root = resolve(folder)
  const stashed = new Map<string, string>()
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    if (pathname.startsWith(stashPrefix)) {
      const text = stashed.get(pathname)
      stashed.delete(pathname)
      if (text === undefined) response.writeHead(404).end()
      else response.writeHead(200, { 'content-type': types['.json']! }).end(text)
      return
    }
    const file = normalize(join(root, pathname === '/' ? 'index.html' : pathname))
    if (!file.startsWith(root)) {
      response.writeHead(403).end()
      return
    }
    stat(file)
      .then((info) => {
        if (!info.isFile()) throw new Error('not a file')
        response.writeHead(200, {
          'content-type': types[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        })
        createReadStream(file).pipe(response)
      })
      .catch(() => response.writeHead(404).end())
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    stash(text) {
      const path = `${stashPrefix}${randomUUID()}`
      stashed.set(path, text)
      return path
    },
    close: () => new Promise((done) => server.close(() => done())),
  }
}
