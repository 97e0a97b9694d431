import { richTextOutputFields } from '../src/fields/richTextOutputs'
import { slugField } from '../src/fields/slug'
import { reviewedCollection } from './shared'

export const TREATMENT_KINDS = [
  { label: 'At-home topical', value: 'at_home_topical' },
  { label: 'Prescription', value: 'prescription' },
  { label: 'In-office procedure', value: 'in_office_procedure' },
  { label: 'Energy-based device', value: 'energy_based_device' },
  { label: 'Surgical', value: 'surgical' },
]

export const Treatments = reviewedCollection('treatments', {
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'publication', 'reviewState'],
  },
  // What a relationship to a treatment returns unless the client asks for more: a card.
  defaultPopulate: { name: true, slug: true, kind: true, summary: true },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField('name'),
    { name: 'kind', type: 'select', required: true, options: TREATMENT_KINDS },
    { name: 'summary', type: 'textarea' },
    { name: 'description', type: 'richText' },
    ...richTextOutputFields('description'),
    { name: 'howItWorks', type: 'textarea' },
    {
      name: 'targets',
      type: 'array',
      labels: { singular: 'Target', plural: 'Targets' },
      fields: [
        { name: 'scarType', type: 'relationship', relationTo: 'scar-types', required: true },
        {
          name: 'efficacyNote',
          type: 'textarea',
          admin: { description: 'How well it works for this scar type, and the evidence.' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'sessionsNeeded', type: 'text' },
        { name: 'sessionInterval', type: 'text', label: 'Interval between sessions' },
        { name: 'downtime', type: 'text' },
      ],
    },
    { name: 'painAndAnesthesia', type: 'text', label: 'Pain / anesthesia' },
    { name: 'suitability', type: 'textarea' },
    { name: 'contraindications', type: 'textarea' },
    { name: 'costAndInsurance', type: 'textarea', label: 'Cost and insurance' },
  ],
})
