import { ExternalLink, FileText, Link2, Paperclip, Trash2 } from 'lucide-react'
import { useRef, useState } from 'react'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import type { Material, TrainingInitiative } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { formatDate } from '../../ui/format'
import { IconButton } from '../../ui/IconButton'
import { LinkMaterialDialog } from './LinkMaterialDialog'
import { addMaterialFile, deleteMaterialWithUndo, openMaterial } from './material-actions'
import { describeMaterialSource } from './material-display'
import { useMaterials } from './use-materials'

/**
 * An initiative's materials, under its row in the catalogue: links open in the browser, files
 * (copied into the workspace) in their app. Not a modal, so the Undo of a delete stays in reach.
 */
export function MaterialsPanel(props: { initiative: TrainingInitiative; id: string }) {
  const { initiative, id } = props
  const { db } = useCurrentWorkspace()
  const materials = useMaterials(db, initiative.id)
  const [isAddingLink, setIsAddingLink] = useState(false)
  const [isPicking, setIsPicking] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const headingId = `${id}-heading`

  const pickFile = async (): Promise<void> => {
    if (isPicking) return
    setIsPicking(true)
    try {
      await addMaterialFile(db, initiative)
    } finally {
      setIsPicking(false)
    }
  }

  const remove = async (material: Material): Promise<void> => {
    // Its buttons go with it: focus waits on the heading instead of falling to the page.
    headingRef.current?.focus()
    await deleteMaterialWithUndo(db, material, initiative)
  }

  return (
    <section id={id} className="card materials-panel" aria-labelledby={headingId}>
      <div className="card-header">
        <div>
          <h3 id={headingId} ref={headingRef} tabIndex={-1}>
            Materials of “{initiative.title}”
          </h3>
          <p className="muted materials-note">
            Links open in your browser. Files are copied into the workspace, so they go with backups
            even if the original moves.
          </p>
        </div>
        <div className="row">
          <button type="button" className="button" onClick={() => setIsAddingLink(true)}>
            <Link2 size={16} aria-hidden /> Add a link…
          </button>
          <button
            type="button"
            className="button"
            aria-busy={isPicking || undefined}
            onClick={() => void pickFile()}
          >
            <Paperclip size={16} aria-hidden /> {isPicking ? 'Adding the file…' : 'Add a file…'}
          </button>
        </div>
      </div>
      {materials === undefined ? (
        <p className="muted">Loading the materials…</p>
      ) : materials.length === 0 ? (
        <p className="materials-empty">
          No materials yet. Add a link to a course page or a reading, or a file such as a handout,
          slides or a checklist (up to 20 MB), so everyone taking this training finds them here.
        </p>
      ) : (
        <ul className="material-list" aria-label={`Materials of ${initiative.title}`}>
          {materials.map((material) => (
            <MaterialItem
              key={material.id}
              material={material}
              onDelete={() => void remove(material)}
            />
          ))}
        </ul>
      )}
      <LinkMaterialDialog
        initiative={initiative}
        isOpen={isAddingLink}
        onClose={() => setIsAddingLink(false)}
      />
    </section>
  )
}

function MaterialItem(props: { material: Material; onDelete: () => void }) {
  const { material, onDelete } = props
  const Icon = material.kind === 'link' ? Link2 : FileText
  return (
    <li className="material-item">
      <Icon className="material-icon" size={18} aria-hidden />
      <div className="material-text">
        <span className="material-title">{material.title}</span>
        <span className="material-source">
          <span className="badge">{material.kind === 'link' ? 'Link' : 'File'}</span>{' '}
          {describeMaterialSource(material)}
          <span className="muted">
            {' '}
            · added {formatDate(toLocalIsoDate(new Date(material.addedAt)))}
          </span>
        </span>
      </div>
      <div className="row material-actions">
        <button
          type="button"
          className="button"
          aria-label={`Open ${material.title}`}
          onClick={() => void openMaterial(material)}
        >
          <ExternalLink size={16} aria-hidden /> Open
        </button>
        <IconButton label={`Delete ${material.title}`} icon={Trash2} onClick={onDelete} />
      </div>
    </li>
  )
}
