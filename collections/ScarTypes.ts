import { richTextOutputFields } from '../src/fields/richTextOutputs'
import { slugField } from '../src/fields/slug'
import { reviewedCollection } from './shared'

export const SCAR_CATEGORIES = [
  { label: 'Atrophic (indented)', value: 'atrophic' },
  { label: 'Raised (too much collagen)', value: 'raised' },
  { label: 'Pigmentation (not a true scar)', value: 'pigmentation' },
]

export const ScarTypes = reviewedCollection('scar-types', {
  labels: { singular: 'Scar type', plural: 'Scar types' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'category', 'publication', 'reviewState'],
  },
  // What a relationship to a scar type returns unless the client asks for more: a card.
  defaultPopulate: { name: true, slug: true, category: true, summary: true },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField('name'),
    { name: 'category', type: 'select', required: true, options: SCAR_CATEGORIES },
    { name: 'summary', type: 'textarea' },
    { name: 'description', type: 'richText' },
    ...richTextOutputFields('description'),
    {
      name: 'appearance',
      type: 'group',
      fields: [
        { name: 'shape', type: 'text' },
        { name: 'typicalWidth', type: 'text' },
        { name: 'typicalDepth', type: 'text' },
      ],
    },
    {
      name: 'causes',
      type: 'array',
      fields: [{ name: 'cause', type: 'text', required: true }],
    },
    { name: 'images', type: 'upload', relationTo: 'media', hasMany: true },
    {
      name: 'treatments',
      type: 'join',
      collection: 'treatments',
      on: 'targets.scarType',
      admin: { description: 'Treatments that list this scar type among their targets.' },
    },
  ],
})
