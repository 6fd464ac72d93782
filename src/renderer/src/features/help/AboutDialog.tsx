import { useEffect, useState } from 'react'
import type { AppInfo } from '../../../../shared/contract'
import { desktop } from '../../platform'
import { Modal } from '../../ui/Modal'
import { LicenseList } from './LicenseList'
import { openLogFolder } from './open-log-folder'
import './help.css'

export function AboutDialog(props: { isOpen: boolean; onClose: () => void }) {
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    if (props.isOpen) void desktop.getAppInfo().then(setInfo)
  }, [props.isOpen])

  return (
    <Modal
      title="About Trellis"
      isOpen={props.isOpen}
      onClose={props.onClose}
      footer={
        <>
          <button type="button" className="button" onClick={() => void openLogFolder()}>
            Open log folder
          </button>
          <button type="button" className="button button-primary" onClick={props.onClose}>
            Close
          </button>
        </>
      }
    >
      <p>Performance management as continuous development, for small teams.</p>
      <dl className="facts">
        <dt>Version</dt>
        <dd>{info?.version ?? '…'}</dd>
        <dt>Data folder</dt>
        <dd className="mono">{info?.userDataPath ?? '…'}</dd>
      </dl>
      <p className="muted">
        Trellis makes no network requests. Nothing leaves this computer unless you export it.
        Unexpected errors are written to a log file in the data folder, for you to read or send if
        you choose; Trellis never sends it.
      </p>
      <section className="about-section" aria-labelledby="about-licenses">
        <h3 id="about-licenses">Open-source licences</h3>
        {props.isOpen ? <LicenseList /> : null}
      </section>
    </Modal>
  )
}
