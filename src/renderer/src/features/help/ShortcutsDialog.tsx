import { appRoutes } from '../../app/routes'
import { Modal } from '../../ui/Modal'

const modifier = navigator.userAgent.includes('Mac') ? '⌘' : 'Ctrl'

export function ShortcutsDialog(props: { isOpen: boolean; onClose: () => void }) {
  const shortcuts: Array<[string, string]> = [
    ...appRoutes
      .slice(0, 9)
      .map((route, index): [string, string] => [
        `${modifier}+${index + 1}`,
        `Go to ${route.title}`,
      ]),
    [`${modifier}+Shift+N`, 'New workspace'],
    [`${modifier}+Shift+E`, 'Export workspace'],
    [`${modifier}+Shift+L`, 'Switch between light and dark theme'],
    [`${modifier}+Shift+F`, 'Log feedback'],
    [`${modifier}+,`, 'Settings'],
    ['?', 'Show this list'],
    ['Tab / Shift+Tab', 'Move between controls'],
    ['Esc', 'Close a dialog'],
  ]
  return (
    <Modal
      title="Keyboard shortcuts"
      isOpen={props.isOpen}
      onClose={props.onClose}
      footer={
        <button type="button" className="button button-primary" onClick={props.onClose}>
          Close
        </button>
      }
    >
      <table className="shortcuts">
        <tbody>
          {shortcuts.map(([keys, action]) => (
            <tr key={keys}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  )
}
