/**
 * What the page asks the worker for: a workspace file's text read into a new workspace's
 * database, or the large sample generated into one.
 */
export type OpenFileRequest =
  | { kind: 'file'; text: string; workspaceId: string }
  | { kind: 'large-sample'; today: string; workspaceId: string }

export type OpenFilePhase = 'generating' | 'checking' | 'writing'

/** What the worker reports back, in order: progress, then one of done, refused or failed. */
export type OpenFileMessage =
  | { kind: 'progress'; phase: OpenFilePhase; done: number; total: number }
  | { kind: 'done'; workspaceName: string; records: number }
  | { kind: 'refused'; message: string }
  | { kind: 'failed'; message: string }
