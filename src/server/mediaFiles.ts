import express, { type RequestHandler } from 'express'

/**
 * Uploaded images straight from the media folder, with ETag, Last-Modified, HEAD and ranges, and
 * a day of caching (a file is replaced under a new name when an image is re-uploaded, so
 * browsers revalidate at worst a day late). Media are readable by anyone (collections/Media.ts);
 * should that change, this route must go. Unknown files fall through to Payload's 404.
 */
export const serveMediaFiles = (mediaDir: string): RequestHandler =>
  express.static(mediaDir, {
    maxAge: '1d',
    etag: true,
    lastModified: true,
    index: false,
    redirect: false,
    dotfiles: 'deny',
    fallthrough: true,
  })
