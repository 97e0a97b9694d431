import type { TextField } from 'payload'

import { isHttpUrl } from '../utilities/urls'
import { TEXT_LIMITS } from './textLimits'

export const urlField = (name: string, overrides: Partial<TextField> = {}): TextField =>
  ({
    name,
    type: 'text',
    validate: (value: string | null | undefined) => {
      if (!value) return true
      if (value.length > TEXT_LIMITS.url) {
        return `A web address has at most ${TEXT_LIMITS.url} characters; this one has ${value.length}.`
      }
      return isHttpUrl(value) || 'Enter a full http:// or https:// address.'
    },
    ...overrides,
  }) as TextField
