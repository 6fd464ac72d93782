import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveUserDataPath } from './user-data'

describe('user data folder', () => {
  it('is a fixed folder under the OS app-data path, whatever the product is called', () => {
    expect(resolveUserDataPath('/home/ana/.config', {})).toBe(join('/home/ana/.config', 'Trellis'))
  })

  it('can be pointed elsewhere for tests', () => {
    expect(resolveUserDataPath('/home/ana/.config', { TRELLIS_USER_DATA: '/tmp/t' })).toBe('/tmp/t')
  })
})
