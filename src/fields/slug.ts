import { randomBytes } from 'node:crypto'

import type { TextField } from 'payload'

import { isValidSlug, slugify } from '../utilities/slugify'
import { TEXT_LIMITS } from './textLimits'

/** A unique URL slug, filled from `sourceField` when left empty. */
export const slugField = (sourceField: string): TextField => ({
  name: 'slug',
  type: 'text',
  // Not `required`: that would force API clients to send a slug the hook derives for them.
  unique: true,
  index: true,
  maxLength: TEXT_LIMITS.slug,
  admin: {
    position: 'sidebar',
    description: `Used in URLs. Left empty, it is made from the ${sourceField}.`,
  },
  hooks: {
    // Payload's default appends " - Copy", which is no valid slug; a short suffix keeps it unique.
    beforeDuplicate: [
      ({ value }) =>
        typeof value === 'string' && value !== ''
          ? `${value}-copy-${randomBytes(3).toString('hex')}`
          : value,
    ],
    beforeValidate: [
      ({ value, data }) => {
        if (typeof value === 'string' && value.trim() !== '') return value.trim()
        const source = data?.[sourceField]
        return typeof source === 'string' ? slugify(source, TEXT_LIMITS.slug) : value
      },
    ],
  },
  validate: (value: string | null | undefined) => {
    if (!value) return `A slug is required; give one or fill in the ${sourceField}.`
    if (value.length > TEXT_LIMITS.slug) {
      return `A slug has at most ${TEXT_LIMITS.slug} characters; this one has ${value.length}.`
    }
    return isValidSlug(value) || 'Use lower-case letters, digits and single hyphens only.'
  },
})
