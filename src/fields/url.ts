import type { TextField } from 'payload'

import { isHttpUrl } from '../utilities/urls'

export const urlField = (name: string, overrides: Partial<TextField> = {}): TextField =>
  ({
    name,
    type: 'text',
    validate: (value: string | null | undefined) =>
      !value || isHttpUrl(value) || 'Enter a full http:// or https:// address.',
    ...overrides,
  }) as TextField
