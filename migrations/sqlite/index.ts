import * as migration_20261122_184841 from './20261122_184841';

export const migrations = [
  {
    up: migration_20261122_184841.up,
    down: migration_20261122_184841.down,
    name: '20261122_184841'
  },
];
