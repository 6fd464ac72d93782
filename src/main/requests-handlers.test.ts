import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ageMissingMessage, findAgeCli } from '../../test/support/age-cli'
import { SealingSecrets, createTestPorts } from '../../test/support/test-ports'
import { maxResponseFileBytes } from '../shared/domain/requests/formats'
import { createHandlers } from './handlers'
import { createInvoker } from './ipc'
import { createRequestsHandlers } from './requests-handlers'
import { encryptAge } from './services/backup/age-file'

const responseText = JSON.stringify({ format: 'trellis-response', answers: ['Ça va, très bien'] })
let root: string

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'trellis-requests-'))
})
afterAll(() => rm(root, { recursive: true, force: true }))

async function setUp() {
  const folder = await mkdtemp(join(root, 'case-'))
  const test = createTestPorts(join(folder, 'user-data'))
  return { folder, test, handlers: createRequestsHandlers(test.ports) }
}

/** Encrypted as the request page does it: age-encryption to the workspace's recipient. */
async function encryptLikeThePage(text: string, recipient: string): Promise<Uint8Array> {
  const encrypter = new Encrypter()
  encrypter.addRecipient(recipient)
  return encrypter.encrypt(text)
}

describe('createResponseKey', () => {
  it('makes an X25519 key whose secret is only kept sealed', async () => {
    const { handlers, test } = await setUp()
    const key = await handlers.createResponseKey({})
    expect(key.recipient).toMatch(/^age1[0-9a-z]{58}$/)
    const identity = await test.secrets.open(key.sealedIdentity)
    expect(identity).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]{58}$/)
    expect(await identityToRecipient(identity)).toBe(key.recipient)
    expect(key.sealedIdentity).not.toContain('AGE-SECRET-KEY')
    expect(Buffer.from(key.sealedIdentity, 'base64').toString('latin1')).not.toContain(
      identity.slice(16, 40),
    )
    const other = await handlers.createResponseKey({})
    expect(other.recipient).not.toBe(key.recipient)
  })

  it('refuses plainly where the computer has no secret storage', async () => {
    const { handlers, test } = await setUp()
    test.secrets.isStorageAvailable = false
    await expect(handlers.createResponseKey({})).rejects.toThrow(
      /This computer has no secure storage for secrets .* Nothing was changed\.$/,
    )
  })
})

describe('saveRequestFiles', () => {
  const files = [
    { fileName: 'Ana Lima - self-review.html', html: '<!doctype html><p>Ana, à bientôt</p>' },
    { fileName: 'Ben Okafor - self-review.html', html: '<!doctype html><p>Ben</p>' },
  ]

  it('writes every page into the chosen folder, replacing one of the same name', async () => {
    const { handlers, test, folder } = await setUp()
    const target = join(folder, 'Requests')
    await mkdir(target)
    await writeFile(join(target, files[0]!.fileName), 'the first export')
    test.dialogs.openPaths.push(target)
    expect(await handlers.saveRequestFiles({ files })).toEqual({
      status: 'saved',
      folderName: 'Requests',
      fileCount: 2,
    })
    expect(test.dialogs.asked).toEqual([
      { kind: 'folder', title: 'Choose a folder for the request files' },
    ])
    expect((await readdir(target)).sort()).toEqual(files.map((file) => file.fileName).sort())
    for (const file of files) {
      expect(await readFile(join(target, file.fileName))).toEqual(Buffer.from(file.html, 'utf8'))
    }
  })

  it('writes nothing when the folder dialog is cancelled', async () => {
    const { handlers, test, folder } = await setUp()
    const before = await readdir(folder)
    test.dialogs.openPaths.push(null)
    expect(await handlers.saveRequestFiles({ files })).toEqual({ status: 'cancelled' })
    expect(await readdir(folder)).toEqual(before)
  })

  it('names the file it could not write and how many were saved before it', async () => {
    const { handlers, test, folder } = await setUp()
    const target = join(folder, 'Requests')
    // A folder where the second page should go: the rename over it really fails.
    await mkdir(join(target, files[1]!.fileName), { recursive: true })
    test.dialogs.openPaths.push(target)
    await expect(handlers.saveRequestFiles({ files })).rejects.toThrow(
      'Trellis could not save Ben Okafor - self-review.html in Requests: a folder of that name is in the way. 1 of 2 request files were saved before it; export again to save the rest.',
    )
    expect(await readFile(join(target, files[0]!.fileName), 'utf8')).toBe(files[0]!.html)
    // No temp file is left behind.
    expect((await readdir(target)).sort()).toEqual(files.map((file) => file.fileName).sort())
  })
})

describe('reading response files', { timeout: 60_000 }, () => {
  it('has the reference age CLI', () => {
    expect(findAgeCli(), ageMissingMessage).not.toBeNull()
  })

  /** One batch of good and bad files, in the order the user picked them. */
  async function writeBatch(folder: string, recipient: string): Promise<string[]> {
    const good = await encryptLikeThePage(responseText, recipient)
    const otherRecipient = await identityToRecipient(await generateX25519Identity())
    const flipped = Uint8Array.from(good)
    flipped[flipped.length - 20] = flipped[flipped.length - 20]! ^ 0x01
    const entries: Array<[string, Uint8Array | string]> = [
      ['page.trellis-response', good],
      ['other.trellis-response', await encryptLikeThePage(responseText, otherRecipient)],
      ['truncated.trellis-response', good.subarray(0, good.length - 10)],
      ['flipped.trellis-response', flipped],
      ['plain.trellis-response', responseText],
      ['huge.trellis-response', new Uint8Array(maxResponseFileBytes + 1)],
      [
        'passphrase.trellis-response',
        await encryptAge(new TextEncoder().encode(responseText), {
          kind: 'passphrase',
          passphrase: 'a passphrase, not a key',
          workFactor: 10,
        }),
      ],
      [
        'latin1.trellis-response',
        await encryptAge(Uint8Array.from([0x7b, 0xe9, 0x7d]), { kind: 'recipient', recipient }),
      ],
    ]
    const paths: string[] = []
    for (const [name, data] of entries) {
      await writeFile(join(folder, name), data)
      paths.push(join(folder, name))
    }
    await writeFile(join(folder, 'answer.json'), responseText)
    for (const [name, armor] of [
      ['cli.trellis-response', []],
      ['cli-armored.trellis-response', ['-a']],
    ] as const) {
      execFileSync('age', [
        '-r',
        recipient,
        ...armor,
        '-o',
        join(folder, name),
        join(folder, 'answer.json'),
      ])
      paths.push(join(folder, name))
    }
    return paths
  }

  const expected = [
    { fileName: 'page.trellis-response', status: 'read', text: responseText },
    {
      fileName: 'other.trellis-response',
      status: 'refused',
      reason:
        'other.trellis-response was written for another workspace: this workspace cannot read it.',
    },
    {
      fileName: 'truncated.trellis-response',
      status: 'refused',
      reason:
        'truncated.trellis-response is damaged or was changed after it was saved; ask for it to be sent again.',
    },
    {
      fileName: 'flipped.trellis-response',
      status: 'refused',
      reason:
        'flipped.trellis-response is damaged or was changed after it was saved; ask for it to be sent again.',
    },
    {
      fileName: 'plain.trellis-response',
      status: 'refused',
      reason: 'plain.trellis-response is not a Trellis response file.',
    },
    {
      fileName: 'huge.trellis-response',
      status: 'refused',
      reason: 'huge.trellis-response is larger than 10 MB; it is not a Trellis response.',
    },
    {
      fileName: 'passphrase.trellis-response',
      status: 'refused',
      reason:
        'passphrase.trellis-response was written for another workspace: this workspace cannot read it.',
    },
    {
      fileName: 'latin1.trellis-response',
      status: 'refused',
      reason: 'latin1.trellis-response is not a Trellis response file.',
    },
    { fileName: 'cli.trellis-response', status: 'read', text: responseText },
    { fileName: 'cli-armored.trellis-response', status: 'read', text: responseText },
  ]

  it('decrypts the picked files and refuses each bad one by name, in order', async () => {
    const { handlers, test, folder } = await setUp()
    const key = await handlers.createResponseKey({})
    const paths = await writeBatch(folder, key.recipient)
    test.dialogs.openPathLists.push(paths)
    const picked = await handlers.pickResponseFiles({ sealedIdentity: key.sealedIdentity })
    expect(picked).toEqual({ status: 'opened', files: expected })
    expect(test.dialogs.asked).toEqual([{ kind: 'open-many', title: 'Import responses' }])
  })

  it('decrypts dropped files from their bytes alike', async () => {
    const { handlers, folder } = await setUp()
    const key = await handlers.createResponseKey({})
    const paths = await writeBatch(folder, key.recipient)
    const files = await Promise.all(
      paths.map(async (path) => ({ fileName: basename(path), bytes: await readFile(path) })),
    )
    expect(await handlers.openResponseBytes({ sealedIdentity: key.sealedIdentity, files })).toEqual(
      { files: expected },
    )
  })

  it('refuses a folder and a file that vanished, and reports a cancelled dialog', async () => {
    const { handlers, test, folder } = await setUp()
    const key = await handlers.createResponseKey({})
    await mkdir(join(folder, 'a folder'))
    test.dialogs.openPathLists.push([
      join(folder, 'a folder'),
      join(folder, 'gone.trellis-response'),
    ])
    expect(await handlers.pickResponseFiles({ sealedIdentity: key.sealedIdentity })).toEqual({
      status: 'opened',
      files: [
        { fileName: 'a folder', status: 'refused', reason: 'a folder is not a file.' },
        {
          fileName: 'gone.trellis-response',
          status: 'refused',
          reason:
            'Trellis could not read gone.trellis-response: it or its folder no longer exists.',
        },
      ],
    })
    test.dialogs.openPathLists.push(null)
    expect(await handlers.pickResponseFiles({ sealedIdentity: key.sealedIdentity })).toEqual({
      status: 'cancelled',
    })
  })

  it('stops before any dialog when the key was sealed on another computer', async () => {
    const { handlers, test } = await setUp()
    const elsewhere = new SealingSecrets()
    const sealedIdentity = await elsewhere.seal(await generateX25519Identity())
    const message =
      /^This workspace's response key cannot be opened on this computer: .* Nothing was imported\.$/
    await expect(handlers.pickResponseFiles({ sealedIdentity })).rejects.toThrow(message)
    expect(test.dialogs.asked).toEqual([])
    const files = [{ fileName: 'a.trellis-response', bytes: new Uint8Array(3) }]
    await expect(handlers.openResponseBytes({ sealedIdentity, files })).rejects.toThrow(message)
    await expect(
      handlers.openResponseBytes({ sealedIdentity: 'bm90IHNlYWxlZA==', files }),
    ).rejects.toThrow(message)
  })
})

describe('the contract of these calls', () => {
  it('takes dropped bytes and refuses two request files of one name', async () => {
    const { test } = await setUp()
    const invoke = createInvoker(createHandlers(test.ports), () => true)
    const key = (await invoke('createResponseKey', {}, 'app')) as {
      ok: true
      value: { sealedIdentity: string }
    }
    const dropped = await invoke(
      'openResponseBytes',
      {
        sealedIdentity: key.value.sealedIdentity,
        files: [{ fileName: 'x.trellis-response', bytes: new TextEncoder().encode('{}') }],
      },
      'app',
    )
    expect(dropped).toEqual({
      ok: true,
      value: {
        files: [
          {
            fileName: 'x.trellis-response',
            status: 'refused',
            reason: 'x.trellis-response is not a Trellis response file.',
          },
        ],
      },
    })
    const twice = await invoke(
      'saveRequestFiles',
      {
        files: [
          { fileName: 'Ana.html', html: '' },
          { fileName: 'ana.HTML', html: '' },
        ],
      },
      'app',
    )
    expect(twice).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message:
          'Invalid input for saveRequestFiles at files: Two request files have the same name.',
      },
    })
    expect(test.dialogs.asked).toEqual([])
  })
})
