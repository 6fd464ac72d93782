// Child process of the crash-safety test: writes a finished backup over the target, as main does.
import { readFileSync } from 'node:fs'
import { writeFileAtomic } from '../../src/main/services/atomic-write'

const [target, sourcePath] = process.argv.slice(2) as [string, string]
const bytes = readFileSync(sourcePath)
process.stdout.write('ready\n')
await writeFileAtomic(target, bytes)
process.stdout.write('done\n')
