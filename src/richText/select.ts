/**
 * The HTML and excerpt of a rich-text field are made from that field's value, so a request that
 * selects them (REST `select`, GraphQL with `select: true`) but not the rich text itself must
 * still read it. These plain helpers work out what to add to the select, and what to take out of
 * the answer afterwards so the client gets exactly what it asked for.
 */
import { getSelectMode } from 'payload/shared'

/** Output field name to the rich-text field it is made from, e.g. `bodyHtml` to `body`. */
export type RichTextOutputs = Readonly<Record<string, string>>

export type Select = Record<string, unknown>

/**
 * The select to run and the source fields it reads only for the outputs (to strip from the
 * answer). Include mode: a selected output adds its unselected source. Exclude mode: an excluded
 * source is read anyway while one of its outputs is not excluded.
 */
export const selectWithSources = (
  select: Select,
  outputs: RichTextOutputs,
): { select: Select; added: string[] } => {
  const added = new Set<string>()
  if (getSelectMode(select as never) === 'include') {
    for (const [output, source] of Object.entries(outputs)) {
      if (select[output] && !select[source]) added.add(source)
    }
    if (added.size === 0) return { select, added: [] }
    return {
      select: { ...select, ...Object.fromEntries([...added].map((source) => [source, true])) },
      added: [...added],
    }
  }
  for (const [output, source] of Object.entries(outputs)) {
    if (select[output] !== false && select[source] === false) added.add(source)
  }
  if (added.size === 0) return { select, added: [] }
  const widened = { ...select }
  for (const source of added) delete widened[source]
  return { select: widened, added: [...added] }
}
