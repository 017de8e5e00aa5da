// The desk's script and style sheet: two named files read once at start, served from memory. No URL
// is ever turned into a path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Router } from 'express';

const ASSETS = { 'desk.js': 'text/javascript; charset=utf-8', 'desk.css': 'text/css; charset=utf-8' } as const;

export function assetRoutes(dir: string): Router {
  const router = express.Router();
  for (const [name, type] of Object.entries(ASSETS)) {
    const body = readFileSync(join(dir, name));
    router.get(`/assets/${name}`, (_req, res) => void res.set({ 'Content-Type': type, 'Cache-Control': 'no-cache' }).send(body));
  }
  return router;
}
