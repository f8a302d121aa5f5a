import * as migration_20261122_162522 from './20261122_162522';

export const migrations = [
  {
    up: migration_20261122_162522.up,
    down: migration_20261122_162522.down,
    name: '20261122_162522'
  },
];
