import { Download, FileUp, Grid3x3 } from 'lucide-react'
import { lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react'
import type { Assessment, WorkspaceSettings } from '../../../../shared/model'
import { appendAssessment } from '../../../../shared/domain/skills'
import { useRoutePath } from '../../app/router'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { EmptyState } from '../../ui/EmptyState'
import { PageHeader } from '../../ui/PageHeader'
import { Tabs } from '../../ui/Tabs'
import { loadFullHistory, loadMatrixData, type MatrixData } from '../../db/repositories/matrix-data'
import type { WorkspaceDb } from '../../db/workspace-db'
import { MatrixView } from './MatrixView'
import './matrix.css'

type MatrixTab = 'matrix' | 'gaps'

// The charts (chart.js) load only when the gap analysis is opened.
const GapAnalysis = lazy(() =>
  import('./GapAnalysis').then((module) => ({ default: module.GapAnalysis })),
)

/**
 * The matrix and its gap analysis, and `importScreen` (the matrix import wizard) at
 * #/matrix/import; `exportCsv` saves the matrix as the CSV that wizard reads back. Both come from
 * matrix-import/, passed in by app/screens/MatrixRoute.tsx.
 */
export function MatrixScreen(props: {
  importScreen: ReactNode
  exportCsv: (db: WorkspaceDb) => Promise<void>
}) {
  const isImport = useRoutePath() === '/matrix/import'
  return isImport ? props.importScreen : <MatrixOverview exportCsv={props.exportCsv} />
}

function MatrixOverview(props: { exportCsv: (db: WorkspaceDb) => Promise<void> }) {
  const { db } = useCurrentWorkspace()
  const [data, setData] = useState<MatrixData | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [tab, setTab] = useState<MatrixTab>('matrix')

  // Keeps the loaded data in step with edits, for the next filter change and the gap analysis.
  const recordInData = useCallback((assessment: Assessment) => {
    setData((current) =>
      current
        ? { ...current, assessments: appendAssessment(current.assessments, assessment) }
        : current,
    )
  }, [])

  // Settings changed on this screen, so the other tab starts from them too.
  const updateSettings = useCallback((changes: Partial<WorkspaceSettings>) => {
    setData((current) =>
      current ? { ...current, settings: { ...current.settings, ...changes } } : current,
    )
  }, [])

  const reloadOverrides = useCallback(() => {
    void db.requirementOverrides
      .toArray()
      .then((requirementOverrides) =>
        setData((current) => (current ? { ...current, requirementOverrides } : current)),
      )
  }, [db])

  useEffect(() => {
    let isCurrent = true
    loadMatrixData(db)
      .then((loaded) => isCurrent && setData(loaded))
      .catch((failure: unknown) => isCurrent && setError(String(failure)))
    return () => {
      isCurrent = false
    }
  }, [db])

  // Coverage over time needs the whole history; the grid needs only the latest levels.
  const needsHistory = tab === 'gaps' && data?.history === 'latest'
  useEffect(() => {
    if (!needsHistory || !data) return
    let isCurrent = true
    loadFullHistory(data, db)
      .then(
        (full) =>
          isCurrent &&
          setData((current) =>
            current ? { ...current, assessments: full.assessments, history: 'full' } : current,
          ),
      )
      .catch((failure: unknown) => isCurrent && setError(String(failure)))
    return () => {
      isCurrent = false
    }
  }, [needsHistory, data, db])

  return (
    <div className="page page-wide" aria-busy={!data && !error}>
      <PageHeader
        actions={
          <>
            <a className="button" href="#/matrix/import">
              <FileUp size={16} aria-hidden /> Import matrix…
            </a>
            <button type="button" className="button" onClick={() => void props.exportCsv(db)}>
              <Download size={16} aria-hidden /> Export CSV…
            </button>
          </>
        }
        title="Skills matrix"
        description="People against skills: where the team is, against where the business needs it."
      />
      {error ? (
        <p className="field-error" role="alert">
          The matrix could not be loaded: {error}
        </p>
      ) : !data ? (
        <p className="muted">Loading the matrix…</p>
      ) : data.people.length === 0 || data.skills.length === 0 ? (
        <EmptyState
          icon={Grid3x3}
          title={data.people.length === 0 ? 'No people yet' : 'No skills yet'}
          actions={
            <a className="button" href={data.people.length === 0 ? '#/people' : '#/skills'}>
              {data.people.length === 0 ? 'Go to People' : 'Go to Skills & roles'}
            </a>
          }
        >
          <p>
            The matrix fills in once the workspace has people and a skill catalogue with role
            profiles.
          </p>
        </EmptyState>
      ) : (
        <Tabs
          label="Skills matrix views"
          selected={tab}
          onSelect={setTab}
          tabs={[
            { id: 'matrix', label: 'Matrix' },
            { id: 'gaps', label: 'Gap analysis' },
          ]}
        >
          {tab === 'matrix' ? (
            <MatrixView
              data={data}
              onRecorded={recordInData}
              onRequirementsChanged={reloadOverrides}
              onSettingsChanged={updateSettings}
            />
          ) : data.history === 'full' ? (
            <Suspense fallback={<p className="muted">Loading the gap analysis…</p>}>
              <GapAnalysis data={data} onSettingsChanged={updateSettings} />
            </Suspense>
          ) : (
            <p className="muted" role="status">
              Loading the assessment history…
            </p>
          )}
        </Tabs>
      )}
    </div>
  )
}
