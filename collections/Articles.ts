import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { isEditorOrAdminField, isStaffField } from '../src/access'
import { richTextOutputFields } from '../src/fields/richTextOutputs'
import { slugField } from '../src/fields/slug'
import { TEXT_LIMITS } from '../src/fields/textLimits'
import { urlField } from '../src/fields/url'
import { reviewedCollection } from './shared'

/** Quote pickers name each quote's expert and review state, and warn when it is not live. */
const QUOTE_PICKER = '/src/admin/quotes/QuotePickerField#QuotePickerField'

export const Articles = reviewedCollection('articles', {
  // Front ends also list articles by publication date.
  indexes: [{ fields: ['_status', 'publishedAt'] }],
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publication', 'reviewState', 'publishedAt'],
  },
  // What another document's relationship to an article returns unless the client asks for more.
  defaultPopulate: { title: true, slug: true, summary: true, heroImage: true, publishedAt: true },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: TEXT_LIMITS.title },
    slugField('title'),
    { name: 'summary', type: 'textarea' },
    {
      name: 'body',
      type: 'richText',
      // Inline quotes in version diffs show their statement and expert (src/admin/quotes).
      admin: { components: { Diff: '/src/admin/quotes/BodyDiff#BodyDiff' } },
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [
          ...defaultFeatures,
          BlocksFeature({
            inlineBlocks: [
              {
                slug: 'expertQuote',
                labels: { singular: 'Expert quote', plural: 'Expert quotes' },
                // The chip names the statement and the expert, and says when it is not live.
                admin: {
                  components: { Label: '/src/admin/quotes/ExpertQuoteChip#ExpertQuoteChip' },
                },
                fields: [
                  {
                    name: 'quote',
                    type: 'relationship',
                    relationTo: 'expert-quotes',
                    required: true,
                    admin: { components: { Field: QUOTE_PICKER } },
                  },
                ],
              },
            ],
          }),
        ],
      }),
    },
    ...richTextOutputFields('body'),
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      // Authors are staff accounts: the public sees experts, not user records. Only editors and
      // admins change who they are; an author's new article lists its creator.
      access: { read: isStaffField, create: isEditorOrAdminField, update: isEditorOrAdminField },
      admin: { position: 'sidebar', description: 'Editors and admins choose the authors.' },
    },
    { name: 'scarTypes', type: 'relationship', relationTo: 'scar-types', hasMany: true },
    { name: 'treatments', type: 'relationship', relationTo: 'treatments', hasMany: true },
    {
      name: 'expertQuotes',
      type: 'relationship',
      relationTo: 'expert-quotes',
      hasMany: true,
      admin: { components: { Field: QUOTE_PICKER } },
    },
    {
      name: 'sources',
      type: 'array',
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: TEXT_LIMITS.title },
        { name: 'publisher', type: 'text' },
        urlField('url'),
        { name: 'accessedAt', type: 'date', label: 'Date accessed' },
      ],
    },
    {
      name: 'seo',
      type: 'group',
      label: 'SEO',
      fields: [
        { name: 'title', type: 'text', maxLength: 70 },
        { name: 'description', type: 'textarea', maxLength: 170 },
      ],
    },
    { name: 'publishedAt', type: 'date', admin: { position: 'sidebar' } },
  ],
})
