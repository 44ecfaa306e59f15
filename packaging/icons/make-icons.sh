#!/usr/bin/env bash
# Regenerates the app icon in every size and format from lotsenkontor.svg:
#   png/lotsenkontor-<N>.png (16 … 1024), lotsenkontor.png (256, Linux), lotsenkontor.ico (Windows),
#   lotsenkontor.icns (macOS).
# Needs rsvg-convert (Debian: librsvg2-bin) and python3; the ico and icns containers are written by
# make-containers.py (PNG entries, no other tool). The output is committed; rerun after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p png
for n in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$n" -h "$n" lotsenkontor.svg -o "png/lotsenkontor-$n.png"
done
cp png/lotsenkontor-256.png lotsenkontor.png
python3 make-containers.py
