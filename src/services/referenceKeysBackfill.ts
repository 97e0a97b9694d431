/**
 * Fills `referenceKeys` on documents saved before the field existed (or by code that wrote the
 * database directly): every main row of every collection that keeps the keys, a page at a time.
 * Writes go straight to the database adapter, so no hook runs, no version is added and
 * `updatedAt` stays: the keys are derived data, not an edit. Repeating it changes nothing.
 * Version rows are left as they are: only main rows (the live content) are queried for
 * dependents, and every save through Payload computes the keys of the row it writes.
 */
import type { Payload, PayloadRequest, SelectType } from 'payload'

import { referencingFieldNames, type ReferenceField } from '../workflow/references'
import {
  REFERENCE_KEYS,
  referenceKeysValue,
  referringCollections,
  storedReferenceKeys,
} from './documentReferences'

const PAGE = 100

const sameKeys = (stored: string[], keys: string[]): boolean =>
  stored.length === keys.length && stored.every((key, i) => key === keys[i])

/** Returns how many documents got new keys. */
export const backfillReferenceKeys = async (
  payload: Payload,
  req?: Partial<PayloadRequest>,
): Promise<number> => {
  let updated = 0
  for (const config of referringCollections(payload)) {
    const select: SelectType = Object.fromEntries(
      [...referencingFieldNames(config.fields as ReferenceField[]), REFERENCE_KEYS].map((name) => [
        name,
        true,
      ]),
    )
    for (let page = 1; ; page += 1) {
      const { docs, hasNextPage } = await payload.find({
        collection: config.slug as never,
        select: select as never,
        depth: 0,
        draft: false,
        limit: PAGE,
        page,
        sort: 'id',
        overrideAccess: true,
        showHiddenFields: true,
        req,
      })
      for (const doc of docs as unknown as (Record<string, unknown> & { id: string })[]) {
        const rows = referenceKeysValue(payload, config, doc)
        if (
          sameKeys(
            storedReferenceKeys(doc),
            rows.map((row) => row.key),
          )
        )
          continue
        await payload.db.updateOne({
          collection: config.slug,
          id: doc.id,
          data: { [REFERENCE_KEYS]: rows },
          req,
        })
        updated += 1
      }
      if (!hasNextPage) break
    }
  }
  return updated
}
