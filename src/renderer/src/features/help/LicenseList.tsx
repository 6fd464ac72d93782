import { useEffect, useState } from 'react'
import { loadBundledLicenses, type BundledLicense } from './bundled-licenses'

type LoadState =
  { status: 'loading' } | { status: 'missing' } | { status: 'ready'; licenses: BundledLicense[] }

/** The open-source packages inside this build, each with its licence text on demand. */
export function LicenseList() {
  const [state, setState] = useState<LoadState>({ status: 'loading' })
  useEffect(() => {
    let isCurrent = true
    void loadBundledLicenses().then((licenses) => {
      if (isCurrent) setState(licenses ? { status: 'ready', licenses } : { status: 'missing' })
    })
    return () => {
      isCurrent = false
    }
  }, [])

  if (state.status === 'loading')
    return (
      <p className="muted" role="status">
        Loading the licences…
      </p>
    )
  if (state.status === 'missing') {
    return (
      <p className="muted">
        The licence list is written by the production build (
        <span className="mono">npm run build</span>).
      </p>
    )
  }
  return (
    <>
      <p className="muted">
        Trellis includes {state.licenses.length} open-source packages. Thank you to their authors.
      </p>
      <ul className="license-list" aria-label="Open-source licences">
        {state.licenses.map((entry) => (
          <li key={`${entry.name}@${entry.version}`}>
            <details>
              <summary>
                <span className="license-name">{entry.name}</span>{' '}
                <span className="muted">
                  {entry.version} · {entry.license}
                </span>
              </summary>
              <pre className="license-text">{entry.text ?? `Licensed under ${entry.license}.`}</pre>
            </details>
          </li>
        ))}
      </ul>
    </>
  )
}
