import * as migration_20261122_192623 from './20261122_192623';

export const migrations = [
  {
    up: migration_20261122_192623.up,
    down: migration_20261122_192623.down,
    name: '20261122_192623'
  },
];
