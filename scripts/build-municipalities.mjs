#!/usr/bin/env node
// Builds config/municipalities.json from the network's member list (../shared/data/xmess-members.json),
// keeping each entry's source and how sure its domain is, so a maintainer can check them.
//   node scripts/build-municipalities.mjs [MEMBERS_JSON] [OUT]
import { readFileSync, writeFileSync } from 'node:fs';

const input = process.argv[2] ?? '../shared/data/xmess-members.json';
const output = process.argv[3] ?? 'config/municipalities.json';
const members = JSON.parse(readFileSync(input, 'utf8'));
// Some domains carry a note in the source list: "bcn.cat (unverified)". Keep the domain and the note;
// drop a shared hosting domain ("generic …"), which would wrongly map every council it hosts to one.
function splitDomain(raw) {
  const m = String(raw).match(/^\s*([a-z0-9.-]+)\s*(?:\((.*)\))?\s*$/i);
  return m ? { domain: m[1].toLowerCase(), note: m[2] ?? null } : { domain: null, note: String(raw) };
}
const entries = members.map((m) => ({
  name: m.name,
  domains: (m.domains ?? []).map(splitDomain).filter((d) => d.domain && !/generic/i.test(d.note ?? '')).map((d) => d.domain),
  domainNotes: (m.domains ?? []).map(splitDomain).filter((d) => d.note).map((d) => `${d.domain}: ${d.note}`),
  member: true,
  type: m.type,
  domainConfidence: m.domain_confidence,
  membership: m.membership,
  source: m.source,
}));
writeFileSync(output, JSON.stringify(entries, null, 2) + '\n');
console.log(`wrote ${entries.length} municipalities to ${output}`);
