/**
 * The dashboard's "Editorial queue" (a React Server Component, `admin.components.beforeDashboard`):
 * how many documents sit in each review state, and the signed-in user's own work.
 */
import Link from 'next/link'
import type { Payload, ServerProps } from 'payload'
import React from 'react'

import type { Actor } from '../access/roles'
import { WORKFLOW_COLLECTIONS, type WorkflowCollectionSlug } from '../workflow/collections'
import { REVIEW_STATES } from '../workflow/states'
import styles from './EditorialQueue.module.css'
import { countByState, countLive, isQueueUser, queueListsFor, type QueueList } from './queue'
import { ReviewStateBadge } from './ReviewStateBadge'
import { reviewStateLabel } from './reviewStates'

type I18n = ServerProps['i18n']

/** A collection label may be a string, a per-language record or a function. */
const labelText = (label: unknown, i18n: I18n, fallback: string): string => {
  if (typeof label === 'string') return label
  if (typeof label === 'function') return String(label({ i18n, t: i18n.t }))
  if (label && typeof label === 'object') {
    const byLanguage = label as Record<string, string>
    return byLanguage[i18n.language] ?? Object.values(byLanguage)[0] ?? fallback
  }
  return fallback
}

const collectionLabel = (
  payload: Payload,
  slug: WorkflowCollectionSlug,
  i18n: I18n,
  which: 'plural' | 'singular',
): string => labelText(payload.collections[slug]?.config.labels?.[which], i18n, slug)

/** The list view filtered by state, in the shape the list's filter controls read and show. */
const filteredListURL = (adminRoute: string, collection: string, state: string): string =>
  `${adminRoute}/collections/${collection}?where[or][0][and][0][reviewState][equals]=${state}`

const QueueSection = ({
  list,
  adminRoute,
  payload,
  i18n,
}: {
  list: QueueList
  adminRoute: string
  payload: Payload
  i18n: I18n
}) => (
  <section className={styles.list} data-queue={list.key}>
    <h3 className={styles.listTitle}>
      {list.title} <span className={styles.total}>{list.total}</span>
    </h3>
    {list.note && <p className={styles.note}>{list.note}</p>}
    {list.items.length === 0 ? (
      <p className={styles.note}>Nothing here.</p>
    ) : (
      <ul className={styles.items}>
        {list.items.map((item) => (
          <li key={`${item.collection}:${item.id}`} className={styles.item}>
            <Link
              className={styles.itemLink}
              href={`${adminRoute}/collections/${item.collection}/${item.id}`}
            >
              {item.title}
            </Link>
            <span className={styles.meta}>
              {collectionLabel(payload, item.collection, i18n, 'singular')}
              {item.updatedAt &&
                ` · ${new Date(item.updatedAt).toLocaleDateString(i18n.language, {
                  dateStyle: 'medium',
                })}`}
            </span>
            <ReviewStateBadge state={item.reviewState} />
          </li>
        ))}
      </ul>
    )}
    {list.total > list.items.length && (
      <p className={styles.note}>
        The newest {list.items.length} of {list.total} are shown.
      </p>
    )}
  </section>
)

export const EditorialQueue = async ({ payload, user, i18n }: ServerProps) => {
  const actor = user as unknown as Actor | undefined
  if (!isQueueUser(actor)) return null

  const adminRoute = payload.config.routes.admin
  const [counts, live, lists] = await Promise.all([
    countByState(payload),
    countLive(payload),
    queueListsFor(payload, actor),
  ])

  return (
    <div className={styles.queue} data-testid="editorial-queue">
      <h2 className={styles.heading}>Editorial queue</h2>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Collection</th>
              <th scope="col" title="What anonymous readers get now">
                Live
              </th>
              {REVIEW_STATES.map((state) => (
                <th key={state} scope="col">
                  <ReviewStateBadge state={state} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {WORKFLOW_COLLECTIONS.map((collection) => (
              <tr key={collection}>
                <th scope="row">
                  <Link href={`${adminRoute}/collections/${collection}`}>
                    {collectionLabel(payload, collection, i18n, 'plural')}
                  </Link>
                </th>
                <td data-live-count={collection}>
                  <Link
                    className={live[collection] === 0 ? styles.zero : styles.count}
                    href={`${adminRoute}/collections/${collection}?where[or][0][and][0][publication][equals]=live`}
                    title={`${collectionLabel(payload, collection, i18n, 'plural')}: live`}
                  >
                    {live[collection]}
                  </Link>
                </td>
                {REVIEW_STATES.map((state) => {
                  const count = counts[collection][state]
                  return (
                    <td key={state}>
                      <Link
                        className={count === 0 ? styles.zero : styles.count}
                        href={filteredListURL(adminRoute, collection, state)}
                        title={`${collectionLabel(payload, collection, i18n, 'plural')}: ${reviewStateLabel(state).toLowerCase()}`}
                      >
                        {count}
                      </Link>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.lists}>
        {lists.map((list) => (
          <QueueSection
            key={list.key}
            list={list}
            adminRoute={adminRoute}
            payload={payload}
            i18n={i18n}
          />
        ))}
      </div>
    </div>
  )
}
