'use client'
/** React access to the page's quote summaries (see quoteSummaryStore.ts). */
import { useConfig } from '@payloadcms/ui'
import { useEffect, useSyncExternalStore } from 'react'

import { QuoteSummaryStore, restQuoteSummaries, type SummaryEntry } from './quoteSummaryStore'

/** One store per API route, shared by every chip and picker of the page. */
const stores = new Map<string, QuoteSummaryStore>()

/** The page's store; the calling component re-renders whenever a summary arrives. */
export const useQuoteSummaryStore = (): QuoteSummaryStore => {
  const api = useConfig().config.routes.api ?? '/api'
  let store = stores.get(api)
  if (!store) {
    store = new QuoteSummaryStore(restQuoteSummaries(api))
    stores.set(api, store)
  }
  useSyncExternalStore(store.subscribe, store.getVersion, store.getVersion)
  return store
}

/** Asks for these quotes and returns the lookup of what is known of them so far. */
export const useQuoteSummaries = (
  ids: readonly string[],
): ((id: string) => SummaryEntry | undefined) => {
  const store = useQuoteSummaryStore()
  const key = ids.join('\n')
  useEffect(() => {
    if (key) store.request(key.split('\n'))
  }, [store, key])
  return store.get
}
