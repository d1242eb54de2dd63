/**
 * Seeded content for the gallery: pictures drawn on a canvas (real PNGs that decode), documents of
 * a given size, and chat text. Deterministic, so every visit and every screenshot looks the same.
 */
import type { JSONValue } from '../../src/services/conversations/ports.js';

/** A PNG that looks like a screenshot of some app: a bar, a sidebar and lines of "text". */
export async function picture(name: string, options: { width?: number; height?: number; hue?: number } = {}): Promise<File> {
  const { width = 480, height = 300, hue = 215 } = options;
  const canvas = new OffscreenCanvas(width, height);
  const g = canvas.getContext('2d')!;
  g.fillStyle = `hsl(${hue} 30% 97%)`;
  g.fillRect(0, 0, width, height);
  g.fillStyle = `hsl(${hue} 70% 35%)`;
  g.fillRect(0, 0, width, 36);
  g.fillStyle = `hsl(${hue} 25% 90%)`;
  g.fillRect(0, 36, width * 0.25, height - 36);
  g.fillStyle = `hsl(${hue} 20% 70%)`;
  for (let row = 0; row < 8; row++) {
    const y = 60 + row * 28;
    if (y > height - 20) break;
    g.fillRect(width * 0.3, y, width * (0.35 + ((row * 37) % 30) / 100), 10);
    g.fillRect(16, y, width * 0.25 - 32, 8);
  }
  g.fillStyle = `hsl(${(hue + 150) % 360} 70% 50%)`;
  g.beginPath();
  g.arc(width * 0.8, height * 0.65, Math.min(width, height) * 0.12, 0, Math.PI * 2);
  g.fill();
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new File([blob], name, { type: 'image/png', lastModified: 1_714_000_000_000 });
}

/** A file of `size` bytes of the given type (content is filler; only name, type and size show). */
export function documentFile(name: string, size: number, type = 'application/pdf'): File {
  const header = type === 'application/pdf' ? '%PDF-1.7\n' : '';
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode(header));
  return new File([bytes], name, { type, lastModified: 1_714_000_000_000 });
}

export const LONG_FILENAME =
  'Quarterly-escalation-review_EMEA-and-APAC-tier-2-support_customer-callbacks-and-refund-exceptions_FINAL-v7-reviewed-by-legal_2024-03-31.xlsx';

export const LONG_LINK =
  'https://support.example.com/knowledge-base/articles/billing/refunds/exceptions/how-to-handle-a-disputed-charge-when-the-customer-was-double-billed-across-two-accounts?ref=agent-chat&utm_source=internal';

/** One line of a seeded conversation: who wrote it and how many minutes before now. */
export interface ScriptLine {
  readonly from: 'me' | 'peer';
  readonly body: string;
  readonly minutesAgo: number;
}

/** A short exchange about a transfer, over yesterday and today. */
export const SHORT_CHAT: readonly ScriptLine[] = [
  { from: 'peer', body: 'Morning! Are you on the billing queue today?', minutesAgo: 26 * 60 },
  { from: 'me', body: 'Yes, until 2. What’s up?', minutesAgo: 26 * 60 - 3 },
  { from: 'peer', body: 'I have a caller asking about a double charge in March.', minutesAgo: 26 * 60 - 4 },
  { from: 'peer', body: 'Can I warm-transfer them to you?', minutesAgo: 26 * 60 - 4 },
  { from: 'me', body: 'Sure, send them over.', minutesAgo: 26 * 60 - 6 },
  { from: 'peer', body: 'Thanks, that one is sorted now 🙌', minutesAgo: 90 },
  { from: 'me', body: 'Great. For next time, the refund steps are:\n1. Check both accounts\n2. Refund the newer charge\n3. Add a note to the case', minutesAgo: 80 },
  { from: 'peer', body: 'Perfect, saving that.', minutesAgo: 12 },
  { from: 'me', body: 'Ping me if the customer calls back.', minutesAgo: 10 },
];

const PHRASES = [
  'Can you take a look at case 4821 when you have a second?',
  'Sure, give me two minutes.',
  'The customer wants a callback after 5pm their time.',
  'I’ve added a note to the account.',
  'Do you know who covers the Spanish queue this afternoon?',
  'I think it’s Camila until 3, then Diego.',
  'Thanks!',
  'Heads up: the payment portal is slow again.',
  'Yes, seeing the same. Telling callers to retry in ten minutes.',
  'Supervisor says we can offer the 10% credit for outages today.',
  'Got it.',
  'Could you warm-transfer a caller to me? They asked for you by name.',
  'On my way back from break, send them in 5.',
  'That refund went through, confirmation is in the case notes.',
  'Is the new returns policy live yet or still next week?',
  'Next Monday, per the team channel.',
  'Lunch at 1?',
  'Can’t today, covering the queue. Tomorrow?',
  'The caller on line 2 is asking for a manager, can you step in?',
  'Joining now.',
];

/** `count` messages between two agents over the last `days` days, in bursts, oldest first. */
export function longChat(count: number, days: number): ScriptLine[] {
  const lines: ScriptLine[] = [];
  const span = days * 24 * 60;
  for (let i = 0; i < count; i++) {
    // Bursts of a few messages a minute apart, spread evenly over the span.
    const burst = Math.floor(i / 5);
    const minutesAgo = Math.round(span - (burst * span) / Math.ceil(count / 5)) - (i % 5) + 120;
    lines.push({ from: (i * 7) % 3 === 0 ? 'me' : 'peer', body: PHRASES[(i * 11) % PHRASES.length]!, minutesAgo });
  }
  return lines;
}

/** `count` short messages from the other agent, the newest a few minutes ago. */
export function burst(count: number, body = (i: number) => `Update ${i + 1}: the caller is still on hold.`): ScriptLine[] {
  return Array.from({ length: count }, (_, i) => ({ from: 'peer' as const, body: body(i), minutesAgo: count - i + 2 }));
}

/** A line of a group's script: its author, and the attributes a mention or a member's event carries. */
export interface GroupLine {
  readonly from: string;
  readonly body: string;
  readonly minutesAgo: number;
  readonly attributes?: { readonly [key: string]: JSONValue };
}

/** An escalation worked through by a supervisor's team (Alice is "alice"): a member added, mentions both ways. */
export const ESCALATION: readonly GroupLine[] = [
  { from: 'alice', body: 'added siobhan.oconnor', minutesAgo: 16, attributes: { notice: { kind: 'added', people: ['siobhan.oconnor'] } } },
  { from: 'siobhan.oconnor', body: 'Caller on line 4 wants a refund over the limit. @Alice Johnson can you approve?', minutesAgo: 14, attributes: { mentions: ['alice'] } },
  { from: 'alice', body: 'I can. Send me the order number.', minutesAgo: 12 },
  { from: 'bob', body: 'It’s 58-2291, same customer as this morning.', minutesAgo: 11 },
  { from: 'alice', body: 'Approved. @Bob Smith can you take the follow-up email?', minutesAgo: 9, attributes: { mentions: ['bob'] } },
];

export const ESCALATION_MEMBERS = ['bob', 'siobhan.oconnor', 'maria.garcia'];

