import fs from 'node:fs';
import { it } from 'vitest';
import { startTestServer } from '../helpers/testServer.js';
import { computeCadastre } from '../../api/src/services/compute/computeCadastre.js';

it('explore', async () => {
  const server = await startTestServer();
  const t0 = performance.now();
  const summary = await computeCadastre(server.db, { bbox: [2.7865, 50.4355, 2.7965, 50.4415], workers: 2 });
  console.log('compute', (performance.now() - t0) / 1000, summary);
  const roofs = await (await fetch(`${server.url}/api/v1/roofs?bbox=2.7865,50.4355,2.7965,50.4415&limit=5000`)).text();
  fs.writeFileSync('/tmp/explore/roofs.json', roofs);
  const list = await (
    await fetch(`${server.url}/api/v1/buildings?bbox=2.7865,50.4355,2.7965,50.4415&limit=10000`)
  ).text();
  fs.writeFileSync('/tmp/explore/buildings.json', list);
  const first = JSON.parse(roofs).features[0].properties.building_id;
  fs.writeFileSync('/tmp/explore/building.json', await (await fetch(`${server.url}/api/v1/buildings/${first}`)).text());
  fs.writeFileSync('/tmp/explore/extent.json', await (await fetch(`${server.url}/api/v1/extent`)).text());
  await server.close();
}, 120_000);
