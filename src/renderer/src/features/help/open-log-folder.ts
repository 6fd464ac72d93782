import { desktop } from '../../platform'
import { notify } from '../../ui/toast-store'

/** Shows the folder of Trellis's local error log in the file manager. */
export async function openLogFolder(): Promise<void> {
  try {
    const { isOpened } = await desktop.openLogFolder()
    if (!isOpened)
      notify(
        'error',
        'The log folder could not be opened. It is in Trellis’s data folder, under “logs”.',
      )
  } catch (error) {
    notify(
      'error',
      `The log folder could not be opened: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}
