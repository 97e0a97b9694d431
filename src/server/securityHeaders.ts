import type { RequestHandler } from 'express'
import helmet from 'helmet'

/**
 * Security headers on every response, through helmet. Two choices differ from helmet's defaults:
 * - no Content-Security-Policy: Next renders the admin panel with inline scripts and styles, so a
 *   policy needs per-request nonces that Payload's admin does not support;
 * - Cross-Origin-Resource-Policy `cross-origin`: front ends on other origins embed the media.
 * HSTS only where the site is served over HTTPS (production).
 */
export const securityHeaders = ({ isProduction }: { isProduction: boolean }): RequestHandler[] => [
  helmet({
    contentSecurityPolicy: false,
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    frameguard: { action: 'sameorigin' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: isProduction ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  }),
  // helmet has no Permissions-Policy: the admin needs none of these devices.
  (_req, res, next) => {
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()')
    next()
  },
]
