/**
 * A quote's attribution: the name, credentials and slug of the expert who said it, stored on the
 * quote (its document row and its working copy). Rendering an article's inline quotes then needs
 * the quotes alone, which Payload loads anyway to populate the body; without the copy every
 * article list read the experts too, one more query than Payload's own.
 *
 * The copy never falls behind: a quote's save sets it from its expert, and an edit or deletion of
 * an expert rewrites it on that expert's quotes in the same transaction. The relationship stays
 * the truth: a quote with no expert renders no attribution, whatever its copy holds.
 */
import type { PayloadRequest, Where } from 'payload'

import { updateMainRow, writeIntoVersion } from '../database/workflowWrites'
import { idOf } from '../richText/nodes'

export const EXPERT_QUOTES = 'expert-quotes'
export const EXPERTS = 'experts'
export const ATTRIBUTION = 'attribution'

export interface Attribution {
  name: string | null
  credentials: string | null
  slug: string | null
}

/** What a quote without an expert (or one whose expert was deleted) carries. */
export const NO_ATTRIBUTION: Attribution = { name: null, credentials: null, slug: null }

const textOrNull = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null

/** The attribution an expert gives its quotes. */
export const attributionOf = (expert: Record<string, unknown> | null | undefined): Attribution =>
  expert
    ? {
        name: textOrNull(expert.name),
        credentials: textOrNull(expert.credentials),
        slug: textOrNull(expert.slug),
      }
    : NO_ATTRIBUTION

/** Whether an edit of an expert changed what its quotes show. */
export const attributionChanged = (
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): boolean => {
  const a = attributionOf(before)
  const b = attributionOf(after)
  return a.name !== b.name || a.credentials !== b.credentials || a.slug !== b.slug
}

/** The expert a quote's save names, read in the save's transaction; NO_ATTRIBUTION if none. */
export const readAttribution = async (
  req: PayloadRequest,
  expert: unknown,
): Promise<Attribution> => {
  const id = idOf(expert)
  if (!id) return NO_ATTRIBUTION
  const found = await req.payload.db.findOne({
    collection: EXPERTS,
    where: { id: { equals: id } },
    select: { name: true, credentials: true, slug: true },
    req,
  })
  return attributionOf(found as Record<string, unknown> | null)
}

/**
 * Writes an expert's attribution on every quote that names it: the document rows, and the
 * working copies (newest versions), which publishing copies into the rows. Adapter writes, with no
 * hooks and no new version: the quotes' content and review state are unchanged, and so are their
 * timestamps, written back as they were (an editor's open form does not become stale). Older
 * versions keep what they had; restoring one saves it again, which takes the attribution afresh.
 */
export const rewriteAttributions = async (
  req: PayloadRequest,
  expertId: string | number,
  attribution: Attribution,
): Promise<void> => {
  const { db } = req.payload
  const { docs: quotes } = await db.find({
    collection: EXPERT_QUOTES,
    where: { expert: { equals: expertId } },
    select: { updatedAt: true },
    pagination: false,
    req,
  })
  for (const quote of quotes as { id: string | number; updatedAt?: string }[]) {
    await updateMainRow(req, EXPERT_QUOTES, quote.id, {
      [ATTRIBUTION]: attribution,
      updatedAt: quote.updatedAt,
    })
  }
  const workingCopies: Where = {
    and: [{ 'version.expert': { equals: expertId } }, { latest: { equals: true } }],
  }
  const { docs: versions } = await db.findVersions({
    collection: EXPERT_QUOTES,
    where: workingCopies,
    pagination: false,
    req,
  })
  for (const workingCopy of versions) {
    const stored = workingCopy.version as Record<string, unknown>
    await writeIntoVersion(
      req,
      EXPERT_QUOTES,
      String(workingCopy.id),
      { [ATTRIBUTION]: attribution, updatedAt: stored.updatedAt },
      stored,
      workingCopy.updatedAt,
    )
  }
}
