// One-off: draws the illustration that replaces the seed release's lost photo (provenance record).
// A simplified world map (Natural Earth 1:50m land, public domain, through the world-atlas
// package) on a dark blue ground, with a red point at Rabat and three dotted gold lines to
// London, Libreville and Kuala Lumpur: what the release's alt text describes.
// Usage: npm install --no-save world-atlas@2.0.2 topojson-client@3.1.0 d3-geo@3.1.2
//        node_modules/.bin/node scripts/make-seed-illustration.mjs <out.jpg>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoEquirectangular, geoGraticule10, geoPath } from 'd3-geo';
import sharp from 'sharp';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/land-50m.json'), 'utf8'));
const land = feature(topology, topology.objects.land);
const W = 1600;
const H = 800;
// The inhabited latitudes (84° N to 58° S), centred on the Atlantic so Rabat sits left of centre.
const projection = geoEquirectangular()
  .rotate([-20, 0])
  .fitExtent(
    [
      [0, 0],
      [W, H],
    ],
    {
      type: 'Polygon',
      coordinates: [
        [
          [-160, 84],
          [200, 84],
          [200, -58],
          [-160, -58],
          [-160, 84],
        ],
      ],
    },
  );
const path = geoPath(projection);
const at = (lon, lat) => projection([lon, lat]);
const cities = {
  rabat: at(-6.84, 34.02),
  london: at(-0.13, 51.51),
  libreville: at(9.45, 0.39),
  kl: at(101.69, 3.14),
};
const arc = (a, b) => {
  const lift = Math.min(160, Math.hypot(b[0] - a[0], b[1] - a[1]) / 3);
  return `<path d="M${a[0]},${a[1]} Q${(a[0] + b[0]) / 2},${Math.min(a[1], b[1]) - lift} ${b[0]},${b[1]}" stroke="#e0b43a" stroke-width="5" fill="none" stroke-linecap="round" stroke-dasharray="2 12"/>`;
};
const dot = ([x, y], r, fill) =>
  `<circle cx="${x}" cy="${y}" r="${r}" fill="${fill}" stroke="#ffffff" stroke-width="4"/>`;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
<rect width="100%" height="100%" fill="#0b2540"/>
<path d="${path(geoGraticule10())}" stroke="#16395c" stroke-width="1" fill="none"/>
<path d="${path(land)}" fill="#2c5478" stroke="#3f6d96" stroke-width="1"/>
${arc(cities.rabat, cities.london)}${arc(cities.rabat, cities.libreville)}${arc(cities.rabat, cities.kl)}
${dot(cities.london, 11, '#e8eef5')}${dot(cities.libreville, 11, '#e8eef5')}${dot(cities.kl, 11, '#e8eef5')}${dot(cities.rabat, 17, '#d7263d')}
</svg>`;
await sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toFile(process.argv[2]);
