'use client'
/**
 * The review workflow in the edit view's sidebar: the state, the moves the signed-in user may make
 * now (as the server reports them), a comment box, and the document's history. Moves go through
 * `POST /api/{collection}/{id}/transition`; the form is then reloaded from the saved document.
 */
import {
  Button,
  toast,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormModified,
  useTranslation,
} from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import type { UIFieldClientComponent } from 'payload'
import React, { useCallback, useEffect, useId, useState } from 'react'

import type { WorkflowStatus } from '../services/reviewWorkflow'
import type { AvailableMove } from '../workflow/transitions'
import { ReviewStateBadge } from './ReviewStateBadge'
import { actionLabel, eventLabel, reviewStateLabel } from './reviewStates'
import styles from './WorkflowPanel.module.css'
import { WorkflowDiffLinks } from './WorkflowDiffLinks'
import type { DiffTargets } from '../workflow/history'

type Actor = { id: string; name?: string | null; email?: string | null } | string | null

interface PanelEvent {
  id: string
  from: string
  to: string
  action: string
  actor?: Actor
  comment?: string | null
  createdAt: string
}

type PanelStatus = Omit<WorkflowStatus, 'events'> & { events: PanelEvent[]; diff?: DiffTargets }

type LinkedDocument = {
  collection: string
  id: string
  title: string | null
  path: string
  adminPath: string
}

type ErrorBody = {
  errors?: {
    message?: string
    data?: { blockers?: LinkedDocument[]; dependents?: LinkedDocument[] }
  }[]
  message?: string
}

/** The documents a refused move names (what blocks a publish, what still refers to this one). */
const linkedDocumentsOf = (body: unknown): LinkedDocument[] => {
  const data = (body as ErrorBody | null)?.errors?.[0]?.data
  return data?.blockers ?? data?.dependents ?? []
}

const errorMessageOf = (body: unknown, fallback: string): string => {
  const { errors, message } = (body ?? {}) as ErrorBody
  return errors?.find((error) => error.message)?.message ?? message ?? fallback
}

const readJson = async (response: Response): Promise<unknown> => {
  try {
    return await response.json()
  } catch {
    return null
  }
}

const actorName = (actor: Actor | undefined): string => {
  if (!actor) return 'Unknown user'
  if (typeof actor === 'string') return 'A former user'
  return actor.name || actor.email || 'Unknown user'
}

/** What happens next when the signed-in user has no move to make. */
const WAITING_FOR: Record<string, string> = {
  draft: 'Waiting for an author or editor to submit it for review.',
  in_review: 'Waiting for a reviewer (someone who did not write or last edit it).',
  changes_requested: 'Waiting for the authors to make the changes and resubmit.',
  approved: 'Approved. Waiting for an editor to publish it.',
  published: 'Published. Only editors and admins can unpublish it.',
  archived: 'Archived. Only editors and admins can reopen it.',
}

const DONE: Record<AvailableMove['action'], string> = {
  submit: 'Submitted for review.',
  resubmit: 'Resubmitted for review.',
  approve: 'Approved. An editor can now publish it.',
  requestChanges: 'Changes requested. The authors can revise and resubmit it.',
  publish: 'Published. It is now public.',
  unpublish: 'Unpublished and archived. It is no longer public.',
  reopen: 'Reopened as a draft.',
  withdraw: 'Withdrawn. It is no longer public; any pending draft was kept.',
  discard: 'Pending draft discarded. The working copy is the live version again.',
}

const BUTTON_STYLE: Record<AvailableMove['action'], 'primary' | 'secondary' | 'error'> = {
  submit: 'primary',
  resubmit: 'primary',
  approve: 'primary',
  requestChanges: 'secondary',
  publish: 'primary',
  unpublish: 'secondary',
  reopen: 'secondary',
  withdraw: 'error',
  discard: 'secondary',
}

export const WorkflowPanel: UIFieldClientComponent = () => {
  const {
    id,
    collectionSlug,
    savedDocumentData,
    incrementVersionCount,
    setHasPublishedDoc,
    setUnpublishedVersionCount,
    updateSavedDocumentData,
  } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { i18n } = useTranslation()
  const { reset } = useForm()
  const modified = useFormModified()
  const router = useRouter()
  const commentId = useId()

  const [status, setStatus] = useState<PanelStatus | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [comment, setComment] = useState('')
  const [pending, setPending] = useState<string | null>(null)
  const [refusal, setRefusal] = useState<{ message: string; documents: LinkedDocument[] } | null>(
    null,
  )

  // Same origin as the admin page, whatever host name it was opened under.
  const base = id && collectionSlug ? `${api}/${collectionSlug}/${encodeURIComponent(id)}` : null
  const savedAt = savedDocumentData?.updatedAt as string | undefined

  const load = useCallback(
    async (signal?: AbortSignal) => {
      if (!base) return
      try {
        const response = await fetch(`${base}/workflow`, {
          credentials: 'include',
          headers: { Accept: 'application/json', 'Accept-Language': i18n.language },
          signal,
        })
        const body = await readJson(response)
        if (!response.ok) {
          setLoadError(
            errorMessageOf(body, `Could not load the review workflow (${response.status}).`),
          )
          return
        }
        setStatus(body as PanelStatus)
        setLoadError(null)
      } catch (error) {
        if ((error as Error).name !== 'AbortError') {
          setLoadError('Could not load the review workflow: the server did not answer.')
        }
      }
    },
    [base, i18n.language],
  )

  // Load on open and again after every save (an edit can change the state, e.g. void an approval).
  useEffect(() => {
    const controller = new AbortController()
    void load(controller.signal)
    return () => controller.abort()
  }, [load, savedAt])

  if (!id || !collectionSlug) {
    return (
      <div className={styles.panel}>
        <h3 className={styles.heading}>Review</h3>
        <p className={styles.note}>
          Save this document as a draft first. Review starts once it exists.
        </p>
      </div>
    )
  }

  /** Reloads the form from the newest saved version (the form holds no unsaved edits then). */
  const reloadDocument = async () => {
    if (!base) return
    const response = await fetch(`${base}?draft=true&depth=0`, {
      credentials: 'include',
      headers: { Accept: 'application/json', 'Accept-Language': i18n.language },
    })
    if (!response.ok) return
    const doc = (await readJson(response)) as Record<string, unknown> | null
    if (!doc) return
    updateSavedDocumentData(doc)
    await reset(doc)
  }

  const move = async (target: AvailableMove) => {
    if (!base || !status) return
    setPending(target.action)
    try {
      const response = await fetch(`${base}/transition`, {
        method: 'POST',
        credentials: 'include',
        headers: {
          Accept: 'application/json',
          'Accept-Language': i18n.language,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({
          // The move by name: withdraw and discard have no target state of their own.
          action: target.action,
          comment: comment.trim() === '' ? undefined : comment.trim(),
          expectedUpdatedAt: status.updatedAt,
        }),
      })
      const body = (await readJson(response)) as {
        message?: string
        doc?: Record<string, unknown>
      } | null
      if (!response.ok) {
        const message = errorMessageOf(body, `The move failed (${response.status}).`)
        toast.error(message)
        const documents = linkedDocumentsOf(body)
        setRefusal(documents.length > 0 ? { message, documents } : null)
        // Someone else changed the document (409): show what is true now, panel and form alike.
        if (response.status === 409) await reloadDocument()
        await load()
        return
      }
      setRefusal(null)
      toast.success(DONE[target.action])
      setComment('')
      if (target.action === 'publish' || target.action === 'discard') {
        setHasPublishedDoc(true)
        setUnpublishedVersionCount(0)
      } else if (target.action === 'unpublish' || target.action === 'withdraw') {
        setHasPublishedDoc(false)
      }
      incrementVersionCount()
      if (body?.doc) {
        updateSavedDocumentData(body.doc)
        // The form holds no unsaved edits (moves are disabled then), so reloading loses nothing.
        await reset(body.doc)
      }
      await load()
      router.refresh()
    } catch {
      toast.error('The move failed: the server did not answer.')
    } finally {
      setPending(null)
    }
  }

  const moves = status?.allowedMoves ?? []
  const needsComment = moves.some((candidate) => candidate.requiresComment)
  const commentMissing = comment.trim() === ''

  return (
    <div className={styles.panel} data-testid="workflow-panel">
      <div className={styles.header}>
        <h3 className={styles.heading}>Review</h3>
        {status && <ReviewStateBadge state={status.reviewState} />}
      </div>

      {loadError && <p className={styles.error}>{loadError}</p>}
      {!status && !loadError && <p className={styles.note}>Loading…</p>}

      {refusal && (
        <div className={styles.error} data-testid="workflow-refusal" role="alert">
          <p>{refusal.message}</p>
          {refusal.documents.map((document) => (
            <p key={`${document.collection}:${document.id}`}>
              <a href={document.adminPath} target="_blank" rel="noreferrer">
                {document.title ?? `${document.collection} ${document.id}`}
              </a>{' '}
              <span className={styles.muted}>({document.path})</span>
            </p>
          ))}
        </div>
      )}

      {status && status.publication === 'live' && status.reviewState !== 'published' && (
        <p className={styles.note}>
          A published version is live. This draft replaces it once it is approved and published.
        </p>
      )}

      {status && moves.length === 0 && (
        <p className={styles.note}>
          {WAITING_FOR[status.reviewState] ?? 'There is nothing for you to do in this state.'}
        </p>
      )}

      {status && moves.length > 0 && (
        <div className={styles.moves}>
          <label className={styles.label} htmlFor={commentId}>
            Comment {needsComment ? '(required to request changes or withdraw)' : '(optional)'}
          </label>
          <textarea
            id={commentId}
            className={styles.comment}
            rows={3}
            value={comment}
            placeholder={
              needsComment ? 'What should change? Saved in the history.' : 'Saved in the history.'
            }
            onChange={(event) => setComment(event.target.value)}
            disabled={pending !== null}
          />
          {modified && (
            <p className={styles.warning}>Save your changes before moving this document.</p>
          )}
          <div className={styles.buttons}>
            {moves.map((candidate) => (
              <Button
                key={candidate.action}
                buttonStyle={BUTTON_STYLE[candidate.action]}
                size="medium"
                margin={false}
                disabled={
                  pending !== null || modified || (candidate.requiresComment && commentMissing)
                }
                tooltip={
                  candidate.requiresComment && commentMissing
                    ? 'Write a comment first: what to change, or why it is withdrawn.'
                    : undefined
                }
                extraButtonProps={{ 'data-action': candidate.action }}
                onClick={() => void move(candidate)}
              >
                {pending === candidate.action ? 'Working…' : actionLabel(candidate.action)}
              </Button>
            ))}
          </div>
        </div>
      )}

      {status?.diff && (
        <WorkflowDiffLinks collection={collectionSlug} id={String(id)} {...status.diff} />
      )}

      {status && (
        <div className={styles.history}>
          <h4 className={styles.subheading}>History</h4>
          {status.events.length === 0 ? (
            <p className={styles.note}>No review moves yet.</p>
          ) : (
            <ol className={styles.events}>
              {status.events.map((event) => (
                <li key={event.id} className={styles.event}>
                  <div className={styles.eventLine}>
                    <strong>{eventLabel(event.action)}</strong>
                    <span className={styles.muted}> by {actorName(event.actor)}</span>
                  </div>
                  <div className={styles.muted}>
                    <time dateTime={event.createdAt}>
                      {new Date(event.createdAt).toLocaleString(i18n.language, {
                        dateStyle: 'medium',
                        timeStyle: 'short',
                      })}
                    </time>
                    {' · '}
                    {reviewStateLabel(event.from)} → {reviewStateLabel(event.to)}
                  </div>
                  {event.comment && (
                    <blockquote className={styles.quote}>{event.comment}</blockquote>
                  )}
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </div>
  )
}
