import {
  contract,
  operationNames,
  type Envelope,
  type IpcErrorShape,
  type OperationName,
} from '../shared/contract'
import type { HandlerTable } from './handlers'

export type Invoker = (
  operation: OperationName,
  rawInput: unknown,
  senderUrl: string | null | undefined,
) => Promise<Envelope<unknown>>

function fail(code: IpcErrorShape['code'], message: string): Envelope<never> {
  return { ok: false, error: { code, message } }
}

/**
 * The one gate every call passes, in Electron and in the test harness alike:
 * the sender must be the app's own page and the input must match the contract.
 */
export function createInvoker(
  handlers: HandlerTable,
  isTrustedSender: (url: string) => boolean,
  reportError: (operation: string, error: unknown) => void = () => {},
): Invoker {
  return async (operation, rawInput, senderUrl) => {
    if (!senderUrl || !isTrustedSender(senderUrl)) {
      return fail('forbidden', 'This call did not come from the Trellis window.')
    }
    const parsed = contract[operation].input.safeParse(rawInput ?? {})
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
      return fail(
        'invalid-input',
        `Invalid input for ${operation}${where}: ${issue?.message ?? ''}`,
      )
    }
    try {
      const handler = handlers[operation] as (input: unknown) => Promise<unknown>
      return { ok: true, value: await handler(parsed.data) }
    } catch (error) {
      reportError(operation, error)
      return fail('failed', error instanceof Error ? error.message : String(error))
    }
  }
}

/** The slice of Electron's ipcMain this module uses, so tests can pass a recorder. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: { senderFrame: { url: string } | null }, input: unknown) => Promise<unknown>,
  ): void
}

export function registerIpcHandlers(ipcMain: IpcMainLike, invoke: Invoker): void {
  for (const operation of operationNames) {
    ipcMain.handle(contract[operation].channel, (event, input) =>
      // senderFrame is null when the frame navigated away or was destroyed
      invoke(operation, input, event.senderFrame?.url),
    )
  }
}
