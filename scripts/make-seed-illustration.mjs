// One-off: draws the illustration that replaces the seed release's lost image (provenance record).
// Usage: node scripts/make-seed-illustration.mjs <out.jpg>
import sharp from 'sharp';
// Equirectangular sketch: Rabat linked to London, Libreville and Kuala Lumpur.
const W = 1600,
  H = 900;
const xy = (lon, lat) => [((lon + 180) / 360) * W, ((90 - lat) / 180) * H];
const pts = {
  rabat: xy(-6.84, 34.02),
  london: xy(-0.13, 51.51),
  libreville: xy(9.45, 0.39),
  kl: xy(101.69, 3.14),
};
const line = (a, b) =>
  `<path d="M${a[0]},${a[1]} Q${(a[0] + b[0]) / 2},${Math.min(a[1], b[1]) - 120} ${b[0]},${b[1]}" stroke="#c9a227" stroke-width="6" fill="none" stroke-dasharray="18 12"/>`;
const dot = (p, r, c) =>
  `<circle cx="${p[0]}" cy="${p[1]}" r="${r}" fill="${c}" stroke="#fff" stroke-width="4"/>`;
let grid = '';
for (let lon = -180; lon <= 180; lon += 30) {
  const [x] = xy(lon, 0);
  grid += `<line x1="${x}" y1="0" x2="${x}" y2="${H}" stroke="#1f4e79" stroke-width="2"/>`;
}
for (let lat = -60; lat <= 60; lat += 30) {
  const [, y] = xy(0, lat);
  grid += `<line x1="0" y1="${y}" x2="${W}" y2="${y}" stroke="#1f4e79" stroke-width="2"/>`;
}
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
<rect width="100%" height="100%" fill="#0b2540"/>${grid}
${line(pts.rabat, pts.london)}${line(pts.rabat, pts.libreville)}${line(pts.rabat, pts.kl)}
${dot(pts.london, 14, '#e8eef5')}${dot(pts.libreville, 14, '#e8eef5')}${dot(pts.kl, 14, '#e8eef5')}${dot(pts.rabat, 22, '#c1272d')}
</svg>`;
await sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toFile(process.argv[2]);
