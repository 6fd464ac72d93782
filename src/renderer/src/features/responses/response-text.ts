/** The import dialog's sentences, in one place so they read alike and are tested. */

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** "3 files can be imported; 2 were refused and will not change anything." */
export function describeCheckSummary(acceptedCount: number, refusedCount: number): string {
  const total = acceptedCount + refusedCount
  if (acceptedCount === 0) {
    return total === 1
      ? 'The file cannot be imported, so nothing was imported.'
      : `None of the ${total} files can be imported, so nothing was imported.`
  }
  const accepted =
    acceptedCount === 1
      ? total === 1
        ? 'The file can be imported.'
        : '1 file can be imported'
      : `${acceptedCount} files can be imported`
  if (refusedCount === 0) return acceptedCount === 1 && total === 1 ? accepted : `${accepted}.`
  const refused =
    refusedCount === 1
      ? '1 was refused and will not change anything'
      : `${refusedCount} were refused and will not change anything`
  return `${accepted}; ${refused}.`
}

/** The import button: "Import 3 responses". */
export function describeImportButton(acceptedCount: number): string {
  return `Import ${count(acceptedCount, 'response')}`
}

/** The toast and the done step: what was saved, and what was not. */
export function describeImported(acceptedCount: number, refusedCount: number): string {
  const saved = `Imported ${count(acceptedCount, 'response')}.`
  if (refusedCount === 0) return saved
  return `${saved} ${count(refusedCount, 'file')} ${refusedCount === 1 ? 'was' : 'were'} refused and changed nothing.`
}

export function describeUndone(acceptedCount: number, keptNewer: number): string {
  if (keptNewer === 0) {
    return `Undone: the ${count(acceptedCount, 'response')} and everything ${acceptedCount === 1 ? 'it' : 'they'} changed are taken out again.`
  }
  return `Undone, except ${count(keptNewer, 'record')} changed since the import, kept as ${keptNewer === 1 ? 'it is' : 'they are'} now.`
}

export const noKeyMessage =
  'This workspace has not sent any request yet, so there are no responses it can read. Export a request from the Requests screen first. Nothing was imported.'
