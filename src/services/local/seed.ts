/**
 * Deterministic seeded agents for the demo, the gallery, tests and benchmarks: the same count
 * always gives the same workers, in every tab, from fixed name lists (5,000 in a few ms).
 */
import type { WorkerItem } from '../directory/insights-port.js';

/** Activity names vary per workspace; these mimic a real one, not just Available/Offline. */
export const SEED_ACTIVITIES = ['Available', 'Busy', 'Break', 'Lunch', 'Offline', 'Training'] as const;

/** Teams, as Flex Insights reads them from a worker's `team_name`: the featured agents share the first. */
export const SEED_TEAMS = ['Tier 2 support', 'Billing', 'Onboarding', 'Retention'] as const;

/** The first agents, always present: the demo's pair, then names that test layouts, and Carol, a group's third. */
const FEATURED: Array<[identity: string, fullName: string]> = [
  ['alice', 'Alice Johnson'],
  ['bob', 'Bob Smith'],
  ['zoe.angstrom', 'Zoë Ångström-Nuñez'],
  ['nguyen.minh', 'Nguyễn Thị Minh Khai'],
  ['bartholomew.montgomery', 'Bartholomew Alexander Fitzgerald Montgomery-Whitfield III'],
  ['siobhan.oconnor', "Siobhán O'Connor"],
  ['maria.garcia', 'María José García Fernández de la Torre'],
  ['carol', 'Carol Mensah'],
];

// Name lists, data: one of each pair of lists is the given names, the other the family names.
const FIRST_NAMES = [
  'Aaliyah', 'Aaron', 'Adaeze', 'Aiden', 'Akira', 'Amara', 'Amir', 'Ana', 'Andrei', 'Anika',
  'Ben', 'Camila', 'Carlos', 'Chen', 'Chloe', 'Daniel', 'Diego', 'Elena', 'Emeka', 'Emily',
  'Ethan', 'Fatima', 'Felix', 'Grace', 'Hana', 'Hassan', 'Ingrid', 'Isabella', 'Jack', 'Jamal',
  'Javier', 'Jia', 'Kai', 'Kenji', 'Laila', 'Leo', 'Lucas', 'Mei', 'Mohammed', 'Nadia',
  'Noah', 'Olivia', 'Omar', 'Priya', 'Rafael', 'Ravi', 'Sakura', 'Samuel', 'Sofia', 'Tariq',
  'Thandiwe', 'Tomás', 'Valentina', 'Wei', 'Yara', 'Yusuf', 'Zara', 'Björn', 'Chiara', 'Dmitri',
  'Hannah', 'Kofi', 'Lars', 'Malia', 'Nia',
];

const LAST_NAMES = [
  'Adams', 'Ahmed', 'Anderson', 'Baker', 'Bianchi', 'Brown', 'Chen', 'Clark', 'Cohen', 'Dubois',
  'Evans', 'Fischer', 'Garcia', 'Gonzalez', 'Green', 'Hall', 'Hernandez', 'Hill', 'Ivanova', 'Jackson',
  'Kim', 'King', 'Kowalski', 'Lee', 'Lewis', 'Lopez', 'Martin', 'Martinez', 'Mensah', 'Moore',
  'Murphy', 'Nakamura', 'Nelson', 'Nguyen', 'Novak', 'Okafor', 'Patel', 'Perez', 'Rossi', 'Sato',
  'Schmidt', 'Singh', 'Silva', 'Suzuki', 'Taylor', 'Thomas', 'Thompson', 'Walker', 'Wang', 'White',
  'Williams', 'Wilson', 'Wright', 'Young', 'Zhang', 'Müller', 'Østergaard', 'Haddad', 'Kaur', 'Mwangi',
  'Papadopoulos', 'Reyes', 'Yilmaz',
];

/**
 * Seeded workers: alice, bob and the featured names first, then generated ones. Activity dates
 * fall in the six hours before the start of the current hour, so every tab open in the same
 * hour computes the same ones, and durations read like a shift ("2 h"), not like an archive.
 */
export function seedWorkers(count = 60, now = Date.now()): WorkerItem[] {
  const anchor = Math.floor(now / HOUR_MS) * HOUR_MS;
  const workers: WorkerItem[] = [];
  const identities = new Set<string>();
  for (let i = 0; i < count; i++) {
    const [baseIdentity, fullName] = i < FEATURED.length ? FEATURED[i]! : generatedName(i);
    // Real centers have namesakes; identities stay unique.
    const identity = identities.has(baseIdentity) ? `${baseIdentity}${i}` : baseIdentity;
    identities.add(identity);
    workers.push({
      worker_sid: `WK${hex32(i)}`,
      friendly_name: identity,
      activity_name: baseActivity(i),
      date_activity_changed: new Date(anchor - (hash(i, 7) % (6 * 3600)) * 1000).toISOString(),
      attributes: {
        full_name: fullName,
        email: `${identity}@example.com`,
        contact_uri: `client:${identity}`,
        team_name: i < FEATURED.length ? SEED_TEAMS[0] : SEED_TEAMS[hash(i, 5) % SEED_TEAMS.length],
      },
    });
  }
  return workers;
}

/** Where a worker's activity starts: a fixed mix, with alice and bob Available. */
export function baseActivity(position: number): string {
  if (position < 2) return 'Available';
  return SEED_ACTIVITIES[hash(position, 3) % SEED_ACTIVITIES.length]!;
}

const HOUR_MS = 3_600_000;

function generatedName(i: number): [string, string] {
  // Strides coprime with the list lengths walk through many distinct pairs.
  const first = FIRST_NAMES[(i * 7) % FIRST_NAMES.length]!;
  const last = LAST_NAMES[(i * 11 + Math.floor(i / LAST_NAMES.length)) % LAST_NAMES.length]!;
  return [`${asciiSlug(first)}.${asciiSlug(last)}`, `${first} ${last}`];
}

function asciiSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/gi, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** A small integer hash (deterministic, well mixed); also used by the presence clock. */
export function hash(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function hex32(i: number): string {
  return [0, 1, 2, 3].map((part) => hash(i, part + 100).toString(16).padStart(8, '0')).join('');
}
