/**
 * Dateline for front ends: the public answer types and a small fetch client. Imports nothing
 * from Payload (test/unit/publicModule.test.ts holds it to that), so a site can copy or import
 * this folder alone.
 */
export * from './types'
export { createDatelineClient, DatelineApiError, type ClientOptions, type DatelineClient, type ListQuery, type StoryLookup } from './client'
