'use client'
/** A date in the admin's configured format and the reader's language, like Payload's own cells. */
import { useConfig, useTranslation } from '@payloadcms/ui'
import { formatDate } from '@payloadcms/ui/shared'
import React from 'react'

export const LocalDate = ({ date }: { date: string }) => {
  const {
    config: {
      admin: { dateFormat },
    },
  } = useConfig()
  const { i18n } = useTranslation()
  if (!date) return null
  return <time dateTime={date}>{formatDate({ date, i18n, pattern: dateFormat })}</time>
}
