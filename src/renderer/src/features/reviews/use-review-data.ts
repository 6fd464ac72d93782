// The read is shared with reports/ and the dashboard, so it lives in db/repositories/review-data.ts
// and its hook in app/; the reviews files import both from here.
export type { ReviewData } from '../../db/repositories/review-data'
export { useReviewData } from '../../app/use-review-data'
