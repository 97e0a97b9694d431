'use client'
/**
 * "Redeliver" in the sidebar of a delivery-log entry: asks the server to send the logged event to
 * its endpoint again (`POST /api/webhook-deliveries/{id}/redeliver`) and says what happened.
 */
import { Button, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import React, { useState } from 'react'

const messageOf = (body: unknown, fallback: string): string => {
  const { errors, message } = (body ?? {}) as {
    errors?: { message?: string }[]
    message?: string
  }
  return errors?.find((error) => error.message)?.message ?? message ?? fallback
}

export const RedeliverButton: UIFieldClientComponent = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [pending, setPending] = useState(false)

  if (!id || !collectionSlug) return null

  const redeliver = async () => {
    setPending(true)
    try {
      const response = await fetch(
        `${api}/${collectionSlug}/${encodeURIComponent(String(id))}/redeliver`,
        { method: 'POST', credentials: 'include', headers: { Accept: 'application/json' } },
      )
      const body: unknown = await response.json().catch(() => null)
      if (response.ok) toast.success(messageOf(body, 'Queued for redelivery.'))
      else toast.error(messageOf(body, `Redelivery refused (${response.status}).`))
    } catch {
      toast.error('Could not reach the server.')
    } finally {
      setPending(false)
    }
  }

  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" disabled={pending} onClick={() => void redeliver()}>
        {pending ? 'Queueing…' : 'Redeliver'}
      </Button>
      <p style={{ color: 'var(--theme-elevation-500)', margin: 0 }}>
        Sends this event to its endpoint again, with the same event id and a new signature.
      </p>
    </div>
  )
}
