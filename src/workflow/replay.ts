/**
 * Replaying a document's trail: its events, in order, must chain (each starts where the last one
 * ended, numbered 1, 2, 3...) and end where the document stands. Plain data in and out, so the
 * same check serves tests, audits and the admin panel.
 */
import { type Publication, publicationOf, type ReviewState } from './states'

export interface TrailEvent {
  readonly from: string
  readonly to: string
  readonly action: string
  readonly publication?: string | null
  readonly sequence?: number | null
}

export interface ReplayedState {
  readonly reviewState: ReviewState | string
  readonly publication: Publication
  /** The number of the last event: the document's workflow revision. */
  readonly revision: number
}

/** Where every document starts: a draft nobody can read, before its first event. */
export const INITIAL_STATE: ReplayedState = {
  reviewState: 'draft',
  publication: 'offline',
  revision: 0,
}

export class BrokenTrailError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BrokenTrailError'
  }
}

/**
 * The state a document's events lead to. Events are taken in `sequence` order. Throws
 * `BrokenTrailError` when an event does not start where the previous one ended, when a number is
 * missing or repeated, or when an event does not say whether the document was live after it.
 */
export const replayTrail = (events: readonly TrailEvent[]): ReplayedState => {
  const ordered = [...events].sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0))
  let state = INITIAL_STATE
  for (const event of ordered) {
    const expectedNumber = state.revision + 1
    if (event.sequence !== expectedNumber) {
      throw new BrokenTrailError(
        `Event ${String(event.sequence)} (${event.action}) follows event ${state.revision}; expected number ${expectedNumber}.`,
      )
    }
    if (event.from !== state.reviewState) {
      throw new BrokenTrailError(
        `Event ${expectedNumber} (${event.action}) starts from "${event.from}", but the document was "${state.reviewState}".`,
      )
    }
    if (event.publication !== 'live' && event.publication !== 'offline') {
      throw new BrokenTrailError(
        `Event ${expectedNumber} (${event.action}) does not say whether the document was live.`,
      )
    }
    state = {
      reviewState: event.to,
      publication: publicationOf(event.publication),
      revision: expectedNumber,
    }
  }
  return state
}
