import { attributionField, fillAttribution } from '../src/fields/quoteAttribution'
import { urlField } from '../src/fields/url'
import { reviewedCollection } from './shared'

export const ExpertQuotes = reviewedCollection('expert-quotes', {
  labels: { singular: 'Expert quote', plural: 'Expert quotes' },
  admin: {
    useAsTitle: 'statement',
    defaultColumns: ['statement', 'expert', 'kind', 'publication', 'reviewState'],
  },
  // What a relationship to a quote returns unless the client asks for more: the words, who said
  // them (the expert's id, and the name, credentials and slug the quote is attributed with) and
  // where.
  defaultPopulate: { statement: true, kind: true, expert: true, attribution: true, source: true },
  hooks: { beforeChange: [fillAttribution] },
  fields: [
    { name: 'statement', type: 'textarea', required: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'paraphrase',
      options: [
        { label: 'Direct quote', value: 'direct' },
        { label: 'Paraphrase', value: 'paraphrase' },
      ],
      admin: { description: 'A direct quote must be the expert’s exact words, with permission.' },
    },
    { name: 'expert', type: 'relationship', relationTo: 'experts', required: true },
    attributionField,
    {
      name: 'source',
      type: 'group',
      fields: [
        { name: 'publication', type: 'text', required: true },
        { name: 'title', type: 'text' },
        urlField('url'),
        { name: 'accessedAt', type: 'date', label: 'Date accessed' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'scarTypes', type: 'relationship', relationTo: 'scar-types', hasMany: true },
        { name: 'treatments', type: 'relationship', relationTo: 'treatments', hasMany: true },
      ],
    },
    { name: 'contextNote', type: 'textarea', admin: { description: 'Where and why it was said.' } },
  ],
})
