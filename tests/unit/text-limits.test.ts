import type { Field } from 'payload'

import { limitTextLengths, TEXT_LIMITS } from '../../src/fields/textLimits'

describe('limitTextLengths', () => {
  test('single-line text at every depth gets the limit; set limits and other types stay', () => {
    const fields: Field[] = [
      { name: 'label', type: 'text' },
      { name: 'title', type: 'text', maxLength: 200 },
      { name: 'notes', type: 'textarea' },
      { name: 'seo', type: 'group', fields: [{ name: 'title', type: 'text' }] },
      { name: 'sources', type: 'array', fields: [{ name: 'publisher', type: 'text' }] },
      { type: 'row', fields: [{ name: 'downtime', type: 'text' }] },
      { type: 'tabs', tabs: [{ label: 'One', fields: [{ name: 'inTab', type: 'text' }] }] },
      {
        name: 'layout',
        type: 'blocks',
        blocks: [{ slug: 'quote', fields: [{ name: 'caption', type: 'text' }] }],
      },
    ]
    expect(limitTextLengths(fields)).toEqual([
      { name: 'label', type: 'text', maxLength: TEXT_LIMITS.singleLine },
      { name: 'title', type: 'text', maxLength: 200 },
      { name: 'notes', type: 'textarea' },
      {
        name: 'seo',
        type: 'group',
        fields: [{ name: 'title', type: 'text', maxLength: TEXT_LIMITS.singleLine }],
      },
      {
        name: 'sources',
        type: 'array',
        fields: [{ name: 'publisher', type: 'text', maxLength: TEXT_LIMITS.singleLine }],
      },
      { type: 'row', fields: [{ name: 'downtime', type: 'text', maxLength: 300 }] },
      {
        type: 'tabs',
        tabs: [{ label: 'One', fields: [{ name: 'inTab', type: 'text', maxLength: 300 }] }],
      },
      {
        name: 'layout',
        type: 'blocks',
        blocks: [{ slug: 'quote', fields: [{ name: 'caption', type: 'text', maxLength: 300 }] }],
      },
    ])
  })
})
