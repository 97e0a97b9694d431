import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access'
import {
  clearAttributionsOnExpertDelete,
  rewriteAttributionsOnExpertChange,
} from '../src/fields/quoteAttribution'
import { richTextOutputFields } from '../src/fields/richTextOutputs'
import { slugField } from '../src/fields/slug'
import { urlField } from '../src/fields/url'
import { announcePublicDeletion, announcePublicSave } from '../src/hooks/announceContentChanges'
import { capApiPaging } from '../src/hooks/capApiPaging'
import { contentWriteAccess } from './shared'

export const Experts: CollectionConfig = {
  slug: 'experts',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'credentials', 'affiliation', 'location'],
  },
  // What a relationship to an expert returns unless the client asks for more: a card.
  defaultPopulate: {
    name: true,
    slug: true,
    credentials: true,
    specialty: true,
    affiliation: true,
    photo: true,
  },
  access: {
    read: anyone,
    ...contentWriteAccess,
  },
  hooks: {
    beforeOperation: [capApiPaging],
    afterChange: [rewriteAttributionsOnExpertChange, announcePublicSave],
    beforeDelete: [clearAttributionsOnExpertDelete],
    afterDelete: [announcePublicDeletion],
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField('name'),
    {
      name: 'credentials',
      type: 'text',
      required: true,
      admin: { description: 'e.g. MD, board-certified dermatologist' },
    },
    { name: 'specialty', type: 'text' },
    { name: 'affiliation', type: 'text', label: 'Affiliation / practice' },
    { name: 'location', type: 'text' },
    { name: 'bio', type: 'richText' },
    ...richTextOutputFields('bio'),
    { name: 'photo', type: 'upload', relationTo: 'media' },
    {
      name: 'profileLinks',
      type: 'array',
      fields: [
        { name: 'label', type: 'text', required: true },
        urlField('url', { required: true }),
      ],
    },
  ],
}
