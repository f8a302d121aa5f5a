import * as migration_20261122_192616 from './20261122_192616';

export const migrations = [
  {
    up: migration_20261122_192616.up,
    down: migration_20261122_192616.down,
    name: '20261122_192616'
  },
];
