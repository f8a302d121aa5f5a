import * as migration_20261122_190057 from './20261122_190057';

export const migrations = [
  {
    up: migration_20261122_190057.up,
    down: migration_20261122_190057.down,
    name: '20261122_190057'
  },
];
