import { execFileSync, spawn } from 'node:child_process'

/** The reference `age` CLI; null where it is not installed. */
export function findAgeCli(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v age'], { encoding: 'utf8' }).trim() || null
  } catch {
    return null
  }
}

export const ageMissingMessage =
  'The reference `age` CLI is not installed (apt-get install -y age). The interop tests need it; CI installs it.'

function quote(arg: string): string {
  return `'${arg.replaceAll("'", `'\\''`)}'`
}

/**
 * Runs `age` with its passphrase prompts answered through a pseudo-terminal (`script`), since
 * age reads a passphrase only from a terminal. Resolves with the wall time of the run.
 */
export function runAgeWithPassphrase(args: string[], passphrase: string): Promise<number> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const command = ['age', ...args].map(quote).join(' ')
    const child = spawn('script', ['-qfec', command, '/dev/null'], { stdio: 'pipe' })
    let output = ''
    let answered = 0
    child.stdout.on('data', (data: Buffer) => {
      output += data.toString()
      const prompts = output.match(/passphrase/gi)?.length ?? 0
      for (; answered < prompts; answered += 1) child.stdin.write(`${passphrase}\n`)
    })
    child.stderr.on('data', (data: Buffer) => (output += data.toString()))
    child.on('error', reject)
    child.on('exit', (code) => {
      child.stdin.destroy()
      if (code === 0) resolve(performance.now() - started)
      else reject(new Error(`age ${args.join(' ')} exited with ${code}: ${output}`))
    })
  })
}
