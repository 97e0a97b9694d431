'use client'
/**
 * Payload's relationship picker for expert quotes, with two additions: each option names the
 * quote's expert, its review state and whether it is live (`“…” — Dr. Jane Doe · In review ·
 * not live`), and under the field a warning lists every chosen quote readers cannot see, as soon
 * as it is chosen. The input is Payload's own `RelationshipInput`; this component only feeds it
 * the form value, relabels the options it loaded, and adds the warning. One `relationTo` only.
 */
import {
  RelationshipInput,
  useConfig,
  useDocumentEvents,
  useField,
  withCondition,
} from '@payloadcms/ui'
import type { RelationshipFieldClientComponent, Validate, ValueWithRelation } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React, { useCallback, useEffect, useMemo } from 'react'

import { idOf } from '../../richText/nodes'
import { quoteLabel, relationshipIds } from './quoteSummary'
import type { SummaryEntry } from './quoteSummaryStore'
import styles from './quotes.module.css'
import { useQuoteSummaryStore } from './useQuoteSummaries'

type InputProps = React.ComponentProps<typeof RelationshipInput>
type FormatOptions = NonNullable<InputProps['formatDisplayedOptions']>
type OptionGroups = Parameters<FormatOptions>[0]

/** How long a statement may be in the warning; the picker's options keep it whole. */
const WARNING_STATEMENT_LENGTH = 80

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, index) => id === b[index])

const NotLiveWarning = ({
  entries,
  adminRoute,
  collection,
}: {
  entries: [string, SummaryEntry][]
  adminRoute: string
  collection: string
}) => (
  <ul className={styles.warnings} role="status" data-testid="quote-not-live-warning">
    {entries.map(([id, entry]) => {
      const href = formatAdminURL({ adminRoute, path: `/collections/${collection}/${id}` })
      return (
        <li key={id} data-quote-id={id}>
          {entry.state === 'loaded' ? (
            <>
              <strong>Not live:</strong>{' '}
              <a href={href} target="_blank" rel="noreferrer">
                {quoteLabel(entry.summary, { maxStatementLength: WARNING_STATEMENT_LENGTH })}
              </a>
              . Readers cannot see this quote, and the article cannot be published while it uses it.
              Publish the quote first.
            </>
          ) : (
            <>
              <strong>Not found:</strong> quote <a href={href}>{id}</a> does not exist or you may
              not read it.
            </>
          )}
        </li>
      )
    })}
  </ul>
)

const QuotePickerFieldComponent: RelationshipFieldClientComponent = ({
  field,
  path: pathFromProps,
  readOnly,
  validate,
}) => {
  const {
    admin: {
      allowCreate = true,
      allowEdit = true,
      appearance = 'select',
      className,
      description,
      isSortable = true,
      placeholder,
      sortOptions,
      style,
      width,
    } = {},
    hasMany,
    label,
    localized,
    relationTo: relationToProp,
    required,
  } = field
  const relationTo = Array.isArray(relationToProp) ? relationToProp[0] : relationToProp
  const { config } = useConfig()
  const store = useQuoteSummaryStore()

  // As Payload's own relationship field: the field's validation, told whether it is required.
  const validateWithRequired = useCallback<Validate>(
    (value, options) =>
      typeof validate === 'function'
        ? (validate as Validate)(value, { ...options, required })
        : true,
    [validate, required],
  )
  const {
    customComponents: { AfterInput, BeforeInput, Description, Error, Label } = {},
    disabled,
    filterOptions,
    initialValue,
    path,
    setValue,
    showError,
    value,
  } = useField<unknown>({ potentiallyStalePath: pathFromProps, validate: validateWithRequired })

  const selectedIds = relationshipIds(value)
  const selectedKey = selectedIds.join('\n')
  useEffect(() => {
    if (selectedKey) store.request(selectedKey.split('\n'))
  }, [store, selectedKey])

  // A quote saved in a drawer opened from this field may have changed words or state.
  const { mostRecentUpdate } = useDocumentEvents()
  useEffect(() => {
    const id = idOf(mostRecentUpdate?.doc?.id ?? mostRecentUpdate?.id)
    if (mostRecentUpdate?.entitySlug === relationTo && id) store.refresh([id])
  }, [mostRecentUpdate, relationTo, store])

  // The options Payload loaded are relabelled as their summaries arrive. The ids are asked for
  // as the options are formatted: Payload's input re-renders on its own when it loads options,
  // without this field rendering again. (Asking only queues a read for a moment later; it
  // changes no state during the render.)
  const version = store.getVersion()
  const formatDisplayedOptions = useCallback<FormatOptions>(
    (groups: OptionGroups) => {
      const options = groups.flatMap((group) => group.options)
      store.request(options.map((option) => String(option.value)))
      return options.map((option) => {
        const entry = store.get(String(option.value))
        return entry?.state === 'loaded' ? { ...option, label: quoteLabel(entry.summary) } : option
      })
    },
    // `version` changes when summaries arrive, so the input re-renders with the new labels.
    [store, version],
  )

  const toOption = useCallback(
    (id: string): ValueWithRelation => ({ relationTo, value: id }),
    [relationTo],
  )
  const inputValue = useMemo(
    () =>
      hasMany ? relationshipIds(value).map(toOption) : idOf(value) ? toOption(idOf(value)!) : null,
    [hasMany, value, toOption],
  )
  const inputInitialValue = useMemo(
    () =>
      hasMany
        ? relationshipIds(initialValue).map(toOption)
        : idOf(initialValue)
          ? toOption(idOf(initialValue)!)
          : null,
    [hasMany, initialValue, toOption],
  )

  const chooseMany = useCallback(
    (selected: ValueWithRelation[] | null) => {
      const ids = (selected ?? []).map((option) => String(option.value))
      setValue(selected ? ids : null, sameIds(ids, relationshipIds(value)))
    },
    [setValue, value],
  )
  const chooseOne = useCallback(
    (selected: ValueWithRelation | null) => {
      const id = selected ? String(selected.value) : null
      setValue(id, id === idOf(value))
    },
    [setValue, value],
  )

  const notLive = selectedIds
    .map((id): [string, SummaryEntry | undefined] => [id, store.get(id)])
    .filter(
      (pair): pair is [string, SummaryEntry] =>
        pair[1]?.state === 'missing' || (pair[1]?.state === 'loaded' && !pair[1].summary.live),
    )

  const afterInput = (
    <>
      {AfterInput}
      {notLive.length > 0 ? (
        <NotLiveWarning
          entries={notLive}
          adminRoute={config.routes.admin}
          collection={relationTo}
        />
      ) : null}
    </>
  )

  const shared = {
    AfterInput: afterInput,
    allowCreate,
    allowEdit,
    appearance,
    BeforeInput,
    className,
    Description,
    description,
    Error,
    filterOptions,
    formatDisplayedOptions,
    isSortable,
    Label,
    label,
    localized,
    maxResultsPerRequest: 10,
    maxRows: field.maxRows,
    minRows: field.minRows,
    path,
    placeholder,
    readOnly: readOnly || disabled,
    relationTo: [relationTo],
    required,
    showError,
    sortOptions,
    style: { ...(width ? { '--field-width': width } : { flex: '1 1 auto' }), ...style },
  }
  return hasMany ? (
    <RelationshipInput
      {...shared}
      hasMany
      initialValue={inputInitialValue as ValueWithRelation[]}
      onChange={chooseMany}
      value={inputValue as ValueWithRelation[]}
    />
  ) : (
    <RelationshipInput
      {...shared}
      hasMany={false}
      initialValue={inputInitialValue as ValueWithRelation | null}
      onChange={chooseOne}
      value={inputValue as ValueWithRelation | null}
    />
  )
}

export const QuotePickerField = withCondition(QuotePickerFieldComponent)
