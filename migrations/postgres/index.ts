import * as migration_20261122_192712 from './20261122_192712';
import * as migration_20261201_164439 from './20261201_164439';
import * as migration_20261201_170000_readmodel_public_model from './20261201_170000_readmodel_public_model';
import * as migration_20261201_170500_site_preview_links from './20261201_170500_site_preview_links';
import * as migration_20261201_170948 from './20261201_170948';
import * as migration_20261201_171738 from './20261201_171738';
import * as migration_20261201_172758 from './20261201_172758';
import * as migration_20261201_180744 from './20261201_180744';
import * as migration_20261201_202511 from './20261201_202511';
import * as migration_20261201_233000_versions_latest_lookup from './20261201_233000_versions_latest_lookup';

export const migrations = [
  {
    up: migration_20261122_192712.up,
    down: migration_20261122_192712.down,
    name: '20261122_192712',
  },
  {
    up: migration_20261201_164439.up,
    down: migration_20261201_164439.down,
    name: '20261201_164439',
  },
  {
    up: migration_20261201_170000_readmodel_public_model.up,
    down: migration_20261201_170000_readmodel_public_model.down,
    name: '20261201_170000_readmodel_public_model',
  },
  {
    up: migration_20261201_170500_site_preview_links.up,
    down: migration_20261201_170500_site_preview_links.down,
    name: '20261201_170500_site_preview_links',
  },
  {
    up: migration_20261201_170948.up,
    down: migration_20261201_170948.down,
    name: '20261201_170948',
  },
  {
    up: migration_20261201_171738.up,
    down: migration_20261201_171738.down,
    name: '20261201_171738',
  },
  {
    up: migration_20261201_172758.up,
    down: migration_20261201_172758.down,
    name: '20261201_172758',
  },
  {
    up: migration_20261201_180744.up,
    down: migration_20261201_180744.down,
    name: '20261201_180744',
  },
  {
    up: migration_20261201_202511.up,
    down: migration_20261201_202511.down,
    name: '20261201_202511',
  },
  {
    up: migration_20261201_233000_versions_latest_lookup.up,
    down: migration_20261201_233000_versions_latest_lookup.down,
    name: '20261201_233000_versions_latest_lookup',
  },
];
