import { createHash } from 'node:crypto'
import { inflateSync } from 'node:zlib'
import * as vectors from 'cctv-age'
import { describe, expect, it } from 'vitest'
import { decryptAge, type AgeSecret } from './age-file'

type Vector = {
  name: string
  expect: string
  payload: string | null
  secrets: AgeSecret[]
  file: Uint8Array
}

function parseVector(name: string, raw: Uint8Array): Vector {
  const bytes = Buffer.from(raw)
  const split = bytes.indexOf('\n\n')
  const fields = bytes
    .subarray(0, split)
    .toString('utf8')
    .split('\n')
    .map((line) => {
      const at = line.indexOf(': ')
      return [line.slice(0, at), line.slice(at + 2)] as const
    })
  const value = (key: string) => fields.find(([name]) => name === key)?.[1] ?? null
  let file: Uint8Array = bytes.subarray(split + 2)
  if (value('compressed') === 'zlib') file = inflateSync(file)
  const secrets: AgeSecret[] = [
    ...fields
      .filter(([key]) => key === 'passphrase')
      .map(([, v]) => ({ kind: 'passphrase' as const, passphrase: v })),
    ...fields
      .filter(([key]) => key === 'identity')
      .map(([, v]) => ({ kind: 'identity' as const, identity: v })),
  ]
  return { name, expect: value('expect') ?? '', payload: value('payload'), secrets, file }
}

const all = Object.entries(vectors as Record<string, Uint8Array>).map(([name, raw]) =>
  parseVector(name, raw),
)
// The library supports every recipient type the vectors use (X25519, post-quantum hybrid,
// scrypt) and the armor, so every vector runs; the two without a secret must fail to parse.
const supported = all

describe('cctv-age test vectors', () => {
  it('covers every vector of the package', () => {
    expect(all.length).toBeGreaterThanOrEqual(143)
    expect(all.filter((vector) => vector.expect === 'success').length).toBeGreaterThanOrEqual(26)
  })

  it.each(supported.map((vector) => [vector.name, vector] as const))('%s', async (_, vector) => {
    if (vector.expect === 'success') {
      const plaintext = await decryptAge(vector.file, vector.secrets)
      expect(createHash('sha256').update(plaintext).digest('hex')).toBe(vector.payload)
    } else {
      await expect(decryptAge(vector.file, vector.secrets)).rejects.toThrow()
    }
  })
})
