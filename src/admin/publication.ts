/**
 * How the admin names a document's publication (is it live?) beside its working copy's review
 * state. Plain data, safe in server and client components alike.
 *
 * Two questions, two words: "Live" / "Offline" says what anonymous readers get; the review state
 * says where the working copy stands. When a live document's working copy is not the live
 * version (an edit is pending), the publication says so too, so "Live" beside "Draft" never reads
 * as a contradiction.
 */
import {
  isPublication,
  isReviewState,
  type Publication,
  PUBLICATION_LABELS,
} from '../workflow/states'

export interface PublicationSummary {
  /** 'live' | 'offline', or null when the value is missing or unknown. */
  publication: Publication | null
  label: string
  /** Set when a live document has a working copy that is not the live version. */
  pendingEdit: string | null
}

export const publicationSummary = ({
  publication,
  reviewState,
}: {
  publication: unknown
  reviewState: unknown
}): PublicationSummary => {
  if (!isPublication(publication)) {
    return { publication: null, label: 'Unknown', pendingEdit: null }
  }
  const pendingEdit =
    publication === 'live' && isReviewState(reviewState) && reviewState !== 'published'
      ? 'edit pending'
      : null
  return { publication, label: PUBLICATION_LABELS[publication], pendingEdit }
}

/**
 * The publication of a document in the edit view: the stored `publication` when the document has
 * one, else whether its main row is published (Payload's `hasPublishedDoc`).
 */
export const publicationOf = (stored: unknown, hasPublishedDoc: boolean): Publication =>
  isPublication(stored) ? stored : hasPublishedDoc ? 'live' : 'offline'
