import * as migration_20261122_184901 from './20261122_184901';

export const migrations = [
  {
    up: migration_20261122_184901.up,
    down: migration_20261122_184901.down,
    name: '20261122_184901'
  },
];
