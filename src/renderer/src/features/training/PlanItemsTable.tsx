import type { PlanItem } from '../../../../shared/model'
import { statusLabels } from '../../../../shared/domain/training/labels'
import { countDaysLate } from '../../../../shared/domain/training/progress'
import { PlanItemStatus } from '../../../../shared/model'
import { DataTable, RowActions } from '../../ui/DataTable'
import { EditDeleteButtons } from '../../ui/EditDeleteButtons'
import { formatDate } from '../../ui/format'
import type { PersonPlanData } from './load-person-plan'
import { describeMoney, formatHours } from './use-training-data'

export function PlanItemsTable(props: {
  data: PersonPlanData
  items: PlanItem[]
  today: string
  onStatus: (item: PlanItem, status: PlanItem['status']) => void
  onEdit: (item: PlanItem) => void
  onEvidence: (item: PlanItem) => void
  onDelete: (item: PlanItem) => void
}) {
  const { data, items, today } = props
  return (
    <div className="table-scroll">
      <DataTable columns={['Item', 'Status', 'Dates', 'Hours', 'Cost', 'Evidence']} hasActions>
        {items.map((item) => {
          const late = countDaysLate(item, today)
          const enrolment = item.enrolmentId ? data.enrolments.get(item.enrolmentId) : undefined
          return (
            <tr key={item.id}>
              <td>
                <strong>{item.title}</strong>
                <p className="initiative-line">
                  <span className="badge">
                    {item.kind === 'enrolment'
                      ? enrolment?.campaignId
                        ? 'Campaign enrolment'
                        : 'Enrolment'
                      : 'Activity'}
                  </span>{' '}
                  {item.skillIds
                    .map((id) => data.skills.get(id)?.name)
                    .filter(Boolean)
                    .join(', ')}
                </p>
              </td>
              <td>
                <select
                  aria-label={`Status of ${item.title}`}
                  value={item.status}
                  onChange={(event) =>
                    props.onStatus(item, PlanItemStatus.parse(event.target.value))
                  }
                >
                  {PlanItemStatus.options.map((status) => (
                    <option key={status} value={status}>
                      {statusLabels[status]}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                {item.startDate ? formatDate(item.startDate) : '—'} →{' '}
                {item.dueDate ? formatDate(item.dueDate) : 'no due date'}
                {late > 0 ? (
                  <span className="is-overdue" style={{ display: 'block' }}>
                    Overdue by {late} day{late === 1 ? '' : 's'}
                  </span>
                ) : null}
              </td>
              <td>{formatHours(item.hours)}</td>
              <td>{describeMoney(item.cost, data.settings)}</td>
              <td>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Evidence for ${item.title}`}
                  onClick={() => props.onEvidence(item)}
                >
                  {item.evidence.length === 0 ? 'Link' : `${item.evidence.length} linked`}
                </button>
              </td>
              <RowActions>
                <EditDeleteButtons
                  name={item.title}
                  onEdit={() => props.onEdit(item)}
                  onDelete={() => props.onDelete(item)}
                />
              </RowActions>
            </tr>
          )
        })}
      </DataTable>
    </div>
  )
}
