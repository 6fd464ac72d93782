import {
  contract,
  menuCommandChannel,
  MenuCommand,
  operationNames,
  type DesktopApi,
  type Envelope,
  type IpcErrorShape,
} from '../shared/contract'

export type InvokeFn = (channel: string, input: unknown) => Promise<unknown>
export type SubscribeFn = (channel: string, listener: (payload: unknown) => void) => () => void

/** An error from the main process, with the code the handler gave it. */
export class DesktopApiError extends Error {
  readonly code: IpcErrorShape['code']
  constructor(error: IpcErrorShape) {
    super(error.message)
    this.name = 'DesktopApiError'
    this.code = error.code
  }
}

/** Builds window.api from the contract: one function per operation, nothing else. */
export function createDesktopApi(invoke: InvokeFn, subscribe: SubscribeFn): DesktopApi {
  const operations = Object.fromEntries(
    operationNames.map((name) => [
      name,
      async (input?: unknown) => {
        const envelope = (await invoke(contract[name].channel, input ?? {})) as Envelope<unknown>
        if (!envelope.ok) throw new DesktopApiError(envelope.error)
        return envelope.value
      },
    ]),
  )
  return {
    ...operations,
    onMenuCommand(listener) {
      return subscribe(menuCommandChannel, (payload) => {
        const command = MenuCommand.safeParse(payload)
        if (command.success) listener(command.data)
      })
    },
  } as DesktopApi
}
