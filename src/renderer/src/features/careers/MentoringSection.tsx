import { useWorkspaceSettings } from '../../app/use-workspace-settings'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { SelectField } from '../../ui/form'
import { describeError } from '../../ui/format'
import { notify } from '../../ui/toast-store'

const key = 'mentorMaxMentees'
const choices = Array.from({ length: 10 }, (_, index) => index + 1)

/** Settings: how many mentees one person takes at most before the mentor suggestions pass them by. */
export function MentoringSection() {
  const { db } = useCurrentWorkspace()
  const settings = useWorkspaceSettings()
  const change = async (value: number): Promise<void> => {
    await db.settings.put({ key, value })
    notify(
      'success',
      `Mentors are now suggested until they have ${value} ${value === 1 ? 'mentee' : 'mentees'}.`,
    )
  }
  return (
    <section className="card" aria-labelledby="mentoring-settings-title">
      <h2 id="mentoring-settings-title">Mentoring</h2>
      <SelectField
        id="mentor-max-mentees"
        className="inline-field"
        label="Mentees per mentor, at most"
        value={String(settings?.mentorMaxMentees ?? 2)}
        options={choices.map((count) => ({ value: String(count), label: String(count) }))}
        onChange={(value) =>
          void change(Number(value)).catch((error: unknown) =>
            notify('error', describeError(error)),
          )
        }
      />
      <p className="muted">
        For a gap, Trellis suggests colleagues at or above the level needed. Someone who already
        mentors this many people in open plans is no longer suggested; pairs already made stay.
      </p>
    </section>
  )
}
