import type { CollectionConfig } from 'payload'

import { ROLES } from '../../src/access/roles'
import { adminsOnly, fieldAdminsOnly } from '../../src/access/wrappers'
import { rejectMalformedId } from '../../src/hooks/rejectMalformedId'
import { rejectUnknownFields } from '../../src/hooks/rejectUnknownFields'
import { getEnv } from '../../src/config/env'
import { optionsOf, ROLE_LABELS } from '../../src/lib/labels'
import { deskOrSelf, selfOrAdmin } from './access/selfOrAdmin'
import { throttleResets } from './hooks/throttleResets'

export const Users: CollectionConfig = {
  slug: 'users',
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'roles'], group: 'Admin' },
  auth: {
    useAPIKey: true,
    tokenExpiration: 60 * 60 * 8,
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    // Throttled per address by throttleResets instead (see there why Payload's interval is off).
    forgotPassword: { minRequestInterval: 0 },
    // Secure cookies wherever the site is served over https, and always in production.
    cookies: { secure: getEnv().NODE_ENV === 'production' || getEnv().SERVER_URL.startsWith('https://'), sameSite: 'Lax' },
  },
  access: {
    admin: ({ req }) => Boolean(req.user?.roles?.some((role) => role !== 'frontend')),
    create: adminsOnly,
    read: deskOrSelf,
    update: selfOrAdmin,
    delete: adminsOnly,
    unlock: adminsOnly,
  },
  hooks: { beforeOperation: [rejectMalformedId, rejectUnknownFields, throttleResets] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['frontend'],
      options: optionsOf(ROLE_LABELS, ROLES),
      saveToJWT: true,
      access: { create: fieldAdminsOnly, update: fieldAdminsOnly },
    },
    {
      name: 'correspondent',
      type: 'relationship',
      relationTo: 'correspondents',
      saveToJWT: true,
      admin: { description: 'The correspondent profile this account files as.' },
      access: { create: fieldAdminsOnly, update: fieldAdminsOnly },
    },
  ],
}
