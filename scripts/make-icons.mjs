#!/usr/bin/env node
// Draws the add-in's icon (a rounded green square with a white tick) at every size the manifest
// and Office ask for, and writes assets/icon-<size>.png. No image library is installed, so this
// rasterises the shapes itself (4×4 supersampling for smooth edges) and encodes PNG with zlib.
//
// Usage: node scripts/make-icons.mjs [outDir]   (default: assets/)
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x21, 0x73, 0x46]; // Excel's green, so the add-in reads as part of Excel.
const WHITE = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 4;

/** CRC-32 (IEEE 802.3), as PNG chunks require. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels (row-major, 4 bytes each) as a PNG: 8-bit, colour type 6, no interlace. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y += 1) {
    raw[y * (stride + 1)] = 0; // filter: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Whether (x, y) in unit coordinates lies in the rounded square filling the icon. */
function inRoundedSquare(x, y) {
  const inset = 0.03;
  const radius = 0.2;
  const lo = inset + radius;
  const hi = 1 - inset - radius;
  const cx = Math.min(Math.max(x, lo), hi);
  const cy = Math.min(Math.max(y, lo), hi);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** Distance from (x, y) to the segment a–b. */
function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Whether (x, y) lies on the tick: two strokes with round ends. */
function inTick(x, y, size) {
  // Small icons get a thicker stroke so the tick survives at 16 px.
  const halfWidth = size <= 16 ? 0.1 : 0.075;
  const start = [0.25, 0.52];
  const corner = [0.43, 0.7];
  const end = [0.76, 0.32];
  return (
    distanceToSegment(x, y, start, corner) <= halfWidth || distanceToSegment(x, y, corner, end) <= halfWidth
  );
}

/** Rasterises the icon at `size` pixels square. */
function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let covered = 0;
      let white = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!inRoundedSquare(x, y)) continue;
          covered += 1;
          if (inTick(x, y, size)) white += 1;
        }
      }
      const offset = (py * size + px) * 4;
      if (covered === 0) continue; // transparent
      const share = white / covered;
      for (let c = 0; c < 3; c += 1) {
        rgba[offset + c] = Math.round(GREEN[c] * (1 - share) + WHITE[c] * share);
      }
      rgba[offset + 3] = Math.round((255 * covered) / samples);
    }
  }
  return rgba;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = resolve(process.argv[2] ?? join(root, "assets"));
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = join(outDir, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, drawIcon(size)));
  console.log(`wrote ${file}`);
}
