import { useMemo, useState } from 'react'
import {
  compareGroups,
  minGroupSize,
  readRatingScale,
  type GroupField,
} from '../../../../shared/domain/reviews'
import type { Review, ReviewCycle } from '../../../../shared/model'
import { SelectField } from '../../ui/SelectField'
import { NineBox } from './NineBox'
import type { ReviewData } from '../../db/repositories/review-data'

function DistributionTable(props: {
  caption: string
  groups: Array<{ label: string; ratings: number[] }>
  levels: number[]
}) {
  const most = Math.max(
    1,
    ...props.groups.flatMap((g) =>
      props.levels.map((l) => g.ratings.filter((r) => r === l).length),
    ),
  )
  return (
    <table className="data-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Who</th>
          <th scope="col">Rated</th>
          <th scope="col">Average</th>
          {props.levels.map((level) => (
            <th scope="col" key={level}>
              {level}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.groups.map((group) => (
          <tr key={group.label}>
            <th scope="row">{group.label}</th>
            <td>{group.ratings.length}</td>
            <td>
              {group.ratings.length === 0
                ? '-'
                : (group.ratings.reduce((a, b) => a + b, 0) / group.ratings.length).toFixed(1)}
            </td>
            {props.levels.map((level) => {
              const count = group.ratings.filter((r) => r === level).length
              return (
                <td key={level}>
                  <span
                    className="distribution-bar"
                    style={{ width: `${(count / most) * 3}rem` }}
                    aria-hidden
                  />
                  {count}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function groupBy(reviews: Review[], key: (review: Review) => string) {
  const groups = new Map<string, number[]>()
  for (const review of reviews) {
    if (review.overallRating === null) continue
    const label = key(review)
    groups.set(label, [...(groups.get(label) ?? []), review.overallRating])
  }
  return [...groups]
    .map(([label, ratings]) => ({ label, ratings }))
    .sort((a, b) => a.label.localeCompare(b.label))
}

/** Overall ratings per rater and team, group comparisons the user chooses, and the 9-box. */
export function Calibration(props: { data: ReviewData; cycle: ReviewCycle }) {
  const { data, cycle } = props
  const reviews = useMemo(() => data.reviews.filter((r) => r.cycleId === cycle.id), [data, cycle])
  const scale = readRatingScale(data)
  const levels = data.scaleLevels.map((s) => s.level).sort((a, b) => a - b)
  const people = useMemo(() => new Map(data.people.map((p) => [p.id, p])), [data.people])
  const customKeys = [...new Set(data.people.flatMap((p) => Object.keys(p.customFields)))].sort()
  const [fieldKey, setFieldKey] = useState('location')
  const field: GroupField =
    fieldKey === 'location'
      ? { kind: 'location' }
      : fieldKey === 'workArrangement'
        ? { kind: 'workArrangement' }
        : { kind: 'custom', key: fieldKey.slice('custom:'.length) }
  const report = compareGroups(reviews, people, field, scale)
  const teamName = (review: Review) =>
    data.teams.find((t) => t.id === people.get(review.personId)?.teamId)?.name ?? 'No team'

  return (
    <div className="calibration">
      <section className="card" aria-labelledby="distribution-title">
        <h2 id="distribution-title">Distribution of overall ratings</h2>
        <DistributionTable
          caption="Per rater"
          levels={levels}
          groups={groupBy(reviews, (r) => r.raterName || 'Rater not set')}
        />
        <DistributionTable caption="Per team" levels={levels} groups={groupBy(reviews, teamName)} />
      </section>
      <section className="card" aria-labelledby="groups-title">
        <h2 id="groups-title">Compare groups</h2>
        <SelectField
          id="group-field"
          label="Group people by"
          value={fieldKey}
          options={[
            { value: 'location', label: 'Location' },
            { value: 'workArrangement', label: 'Work arrangement' },
            ...customKeys.map((key) => ({ value: `custom:${key}`, label: key })),
          ]}
          onChange={setFieldKey}
        />
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{report.fieldLabel}</th>
              <th scope="col">People rated</th>
              <th scope="col">Average overall</th>
            </tr>
          </thead>
          <tbody>
            {report.groups.map((group) => (
              <tr key={group.value}>
                <th scope="row">{group.value}</th>
                <td>
                  {group.size}
                  {group.size < minGroupSize ? ' (small group)' : ''}
                </td>
                <td>{group.mean.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p role="status">{report.explanation}</p>
      </section>
      <NineBox data={data} reviews={reviews} scale={scale} />
    </div>
  )
}
