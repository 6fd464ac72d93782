import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

describe('app icons in build/', () => {
  it('has a Linux PNG at every size, each the size its name says', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(readFileSync(`build/icons/${size}x${size}.png`))).toEqual({
        width: size,
        height: size,
      })
    }
    expect(pngSize(readFileSync('build/icon.png'))).toEqual({ width: 1024, height: 1024 })
  })

  it('has a Windows .ico with 16 to 256 px images', () => {
    const ico = readFileSync('build/icon.ico')
    const count = ico.readUInt16LE(4)
    const sizes = Array.from({ length: count }, (_, index) => ico.readUInt8(6 + index * 16) || 256)
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256])
    for (let index = 0; index < count; index += 1) {
      const offset = ico.readUInt32LE(6 + index * 16 + 12)
      expect(pngSize(ico.subarray(offset)).width).toBe(sizes[index])
    }
  })

  it('has a macOS .icns up to 1024 px', () => {
    const icns = readFileSync('build/icon.icns')
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    const types: string[] = []
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
      types.push(icns.subarray(offset, offset + 4).toString('ascii'))
    }
    expect(types).toEqual(expect.arrayContaining(['icp4', 'ic07', 'ic09', 'ic10']))
  })
})
