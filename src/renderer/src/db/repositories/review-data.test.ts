import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { generateSampleCompany } from '../../../../shared/domain/sample/generate'
import { openWorkspaceDb } from '../workspace-db'
import { readReviewData } from './review-data'
import { replaceWorkspaceData } from './snapshot'

describe('readReviewData', () => {
  it('reads every table a review packet draws on, whole, and nothing else', async () => {
    const sample = generateSampleCompany({ today: '2026-11-23' })
    const db = openWorkspaceDb('review-data-test')
    await replaceWorkspaceData(db, sample)
    const data = await readReviewData(db)
    expect(data.people).toHaveLength(sample.people.length)
    expect(sample.reviews.length).toBeGreaterThan(0)
    expect(data.reviews).toHaveLength(sample.reviews.length)
    expect(data.reviewCycles).toEqual(expect.arrayContaining(sample.reviewCycles))
    expect(data.assessments).toHaveLength(sample.assessments.length)
    expect(data.feedback).toHaveLength(sample.feedback.length)
    expect(Object.keys(data)).not.toContain('settings')
    expect(Object.keys(data)).not.toContain('campaigns')
    db.close()
  })
})
