/* Raster pictures printed PDFs carry: a logo on every page and a scanned, signed sign-off
   page. Chromium draws them on a canvas from a seed and embeds them as JPEG, as a scanner
   or a letterhead template would, so no image encoder is needed here. */
import type { PageExtras } from '../../../test/support/layout-variants/html-writer';

// Runs in the page while it loads: a seeded generator, so the same seed draws the same pixels.
const DRAW = `
function seeded(s) { return function () { s = (s + 0x6d2b79f5) >>> 0; var t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
function picture(id, width, height, quality, draw) {
  var canvas = document.createElement('canvas'); canvas.width = width; canvas.height = height;
  draw(canvas.getContext('2d'), width, height);
  document.getElementById(id).src = canvas.toDataURL('image/jpeg', quality);
}`;

function logo(seed: number): string {
  return `<img id="logo" alt="" style="position: fixed; top: 0; right: 0; width: 38mm; height: 13mm">
<script>${DRAW}
picture('logo', 450, 150, 0.85, function (g, w, h) { var r = seeded(${seed});
  var hue = Math.floor(r() * 360);
  var band = g.createLinearGradient(0, 0, w, h);
  band.addColorStop(0, 'hsl(' + hue + ', 60%, 35%)'); band.addColorStop(1, 'hsl(' + ((hue + 40) % 360) + ', 70%, 60%)');
  g.fillStyle = '#fff'; g.fillRect(0, 0, w, h); g.fillStyle = band;
  for (var i = 0; i < 5; i++) { g.beginPath(); g.arc(30 + r() * 100, 20 + r() * 110, 10 + r() * 40, 0, 7); g.fill(); }
  g.fillRect(150, 55, 280, 14); g.fillRect(150, 85, 200 * r() + 60, 10); });
</script>`;
}

function signaturePage(seed: number): string {
  return `<section style="break-before: page"><img id="scan" alt="" style="width: 100%"></section>
<script>
picture('scan', 1240, 1754, 0.6, function (g, w, h) { var r = seeded(${seed});
  g.fillStyle = '#f4f1ea'; g.fillRect(0, 0, w, h);
  for (var i = 0; i < 9000; i++) { g.fillStyle = 'rgba(60,60,60,' + r() * 0.3 + ')'; g.fillRect(r() * w, r() * h, 2, 2); }
  g.fillStyle = '#333';
  for (var y = 160; y < 1300; y += 34) { g.fillRect(140, y, 700 + r() * 260, 9); }
  g.strokeStyle = '#1b2a6b'; g.lineWidth = 4; g.beginPath(); g.moveTo(200, 1450);
  for (var k = 0; k < 14; k++) { g.bezierCurveTo(200 + k * 40 + r() * 60, 1380 + r() * 120, 230 + k * 40, 1380 + r() * 120, 240 + k * 40, 1450); }
  g.stroke(); });
</script>`;
}

/** The pictures a planned PDF carries, as markup around the assessment. */
export function pagePictures(
  plan: { logo: boolean; signaturePage: boolean },
  seed: number,
): PageExtras {
  return {
    before: plan.logo ? logo(seed) : '',
    after: plan.signaturePage
      ? (plan.logo ? '' : `<script>${DRAW}</script>`) + signaturePage(seed)
      : '',
  };
}
