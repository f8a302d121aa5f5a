import * as migration_20261122_192707 from './20261122_192707';
import * as migration_20261201_164425 from './20261201_164425';
import * as migration_20261201_170000_readmodel_public_model from './20261201_170000_readmodel_public_model';
import * as migration_20261201_170500_site_preview_links from './20261201_170500_site_preview_links';
import * as migration_20261201_170936 from './20261201_170936';
import * as migration_20261201_171714 from './20261201_171714';
import * as migration_20261201_172744 from './20261201_172744';
import * as migration_20261201_180743 from './20261201_180743';
import * as migration_20261201_195500_perf_public_stories_order from './20261201_195500_perf_public_stories_order';
import * as migration_20261201_202458 from './20261201_202458';
import * as migration_20261201_233000_versions_latest_lookup from './20261201_233000_versions_latest_lookup';

export const migrations = [
  {
    up: migration_20261122_192707.up,
    down: migration_20261122_192707.down,
    name: '20261122_192707',
  },
  {
    up: migration_20261201_164425.up,
    down: migration_20261201_164425.down,
    name: '20261201_164425',
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
    up: migration_20261201_170936.up,
    down: migration_20261201_170936.down,
    name: '20261201_170936',
  },
  {
    up: migration_20261201_171714.up,
    down: migration_20261201_171714.down,
    name: '20261201_171714',
  },
  {
    up: migration_20261201_172744.up,
    down: migration_20261201_172744.down,
    name: '20261201_172744',
  },
  {
    up: migration_20261201_180743.up,
    down: migration_20261201_180743.down,
    name: '20261201_180743',
  },
  {
    up: migration_20261201_195500_perf_public_stories_order.up,
    down: migration_20261201_195500_perf_public_stories_order.down,
    name: '20261201_195500_perf_public_stories_order',
  },
  {
    up: migration_20261201_202458.up,
    down: migration_20261201_202458.down,
    name: '20261201_202458',
  },
  {
    up: migration_20261201_233000_versions_latest_lookup.up,
    down: migration_20261201_233000_versions_latest_lookup.down,
    name: '20261201_233000_versions_latest_lookup',
  },
];
