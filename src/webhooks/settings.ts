/** Webhook settings from the environment, with their defaults. */
import type { Env } from '../settings'
import {
  parseRevalidationPatterns,
  REVALIDATION_PATTERNS_VARIABLE,
  type RevalidationPatterns,
} from './revalidationPaths'

export interface WebhookSettings {
  /** Attempts per delivery, the first included (WEBHOOK_MAX_ATTEMPTS). */
  maxAttempts: number
  /** Wait after the first failed attempt; it doubles after each one (WEBHOOK_RETRY_DELAY_MS). */
  retryDelayMs: number
  /** Longest wait for a receiver's answer (WEBHOOK_TIMEOUT_MS). */
  timeoutMs: number
  /** How often the server looks for deliveries that are due (WEBHOOK_QUEUE_INTERVAL_SECONDS). */
  queueIntervalSeconds: number
  /** Front-end paths per collection (WEBHOOK_REVALIDATE_PATHS). */
  revalidationPatterns: RevalidationPatterns
}

export const WEBHOOK_DEFAULTS = {
  maxAttempts: 5,
  retryDelayMs: 30_000,
  timeoutMs: 10_000,
  queueIntervalSeconds: 1,
} as const

export class WebhookSettingsError extends Error {
  override name = 'WebhookSettingsError'
}

const wholeNumber = (
  env: Env,
  variable: string,
  fallback: number,
  min: number,
  max: number,
): number => {
  const raw = env[variable]
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw.trim())
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new WebhookSettingsError(
      `${variable} must be a whole number from ${min} to ${max}, got "${raw}".`,
    )
  }
  return value
}

export const readWebhookSettings = (env: Env = process.env): WebhookSettings => {
  let revalidationPatterns: RevalidationPatterns
  try {
    revalidationPatterns = parseRevalidationPatterns(env[REVALIDATION_PATTERNS_VARIABLE])
  } catch (error) {
    throw new WebhookSettingsError(`${REVALIDATION_PATTERNS_VARIABLE} ${(error as Error).message}.`)
  }
  return {
    maxAttempts: wholeNumber(env, 'WEBHOOK_MAX_ATTEMPTS', WEBHOOK_DEFAULTS.maxAttempts, 1, 20),
    retryDelayMs: wholeNumber(
      env,
      'WEBHOOK_RETRY_DELAY_MS',
      WEBHOOK_DEFAULTS.retryDelayMs,
      1,
      3_600_000,
    ),
    timeoutMs: wholeNumber(env, 'WEBHOOK_TIMEOUT_MS', WEBHOOK_DEFAULTS.timeoutMs, 100, 60_000),
    queueIntervalSeconds: wholeNumber(
      env,
      'WEBHOOK_QUEUE_INTERVAL_SECONDS',
      WEBHOOK_DEFAULTS.queueIntervalSeconds,
      1,
      59,
    ),
    revalidationPatterns,
  }
}

/** The croner expression (with seconds) that runs the queue every `seconds` seconds. */
export const queueCron = (seconds: number): string =>
  seconds === 1 ? '* * * * * *' : `*/${seconds} * * * * *`
