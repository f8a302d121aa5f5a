import * as migration_20261122_162532 from './20261122_162532';

export const migrations = [
  {
    up: migration_20261122_162532.up,
    down: migration_20261122_162532.down,
    name: '20261122_162532'
  },
];
