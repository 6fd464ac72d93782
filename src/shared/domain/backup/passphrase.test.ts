import { describe, expect, it } from 'vitest'
import { findNewPassphraseProblem, findUnlockProblem, minPassphraseLength } from './passphrase'

describe('new passphrase', () => {
  it('blames the passphrase while it is too short, whatever the confirmation says', () => {
    expect(findNewPassphraseProblem({ passphrase: 'short', confirmation: 'short' })).toEqual({
      field: 'passphrase',
      text: expect.stringContaining(`at least ${minPassphraseLength} characters`),
    })
    expect(findNewPassphraseProblem({ passphrase: '', confirmation: '' })?.field).toBe('passphrase')
  })

  it('blames the confirmation when the two differ, and accepts two equal long ones', () => {
    const passphrase = 'kestrel roasts at dawn'
    expect(
      findNewPassphraseProblem({ passphrase, confirmation: 'kestrel roasts at dusk' }),
    ).toEqual({ field: 'confirmation', text: expect.stringContaining('differ') })
    expect(findNewPassphraseProblem({ passphrase, confirmation: passphrase })).toBeNull()
  })
})

describe('unlocking a backup', () => {
  it('asks for the secret the mode needs, and leaves the rest to the backup', () => {
    expect(findUnlockProblem('passphrase', '')).toBe('Type the passphrase.')
    expect(findUnlockProblem('key-passphrase', '   ')).toBe('Type the key passphrase.')
    expect(findUnlockProblem('recovery-key', '')).toBe('Paste or type the recovery key.')
    expect(findUnlockProblem('passphrase', 'not the passphrase')).toBeNull()
  })
})
