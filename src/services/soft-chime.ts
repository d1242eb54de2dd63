/**
 * A short, quiet two-note chime made with the Web Audio API (no audio files to ship or fetch).
 * Browsers start audio only after the person has interacted with the page; the context is made
 * on first use and resumed if the browser suspended it.
 */

export interface Chime {
  /** Plays the chime; rejects when the browser can't play sound. */
  play(): Promise<void>;
}

type AudioContextConstructor = new () => AudioContext;

const NOTES = [
  { frequency: 880, at: 0 }, // A5
  { frequency: 1318.5, at: 0.12 }, // E6: a rising fifth reads as "something new", not an alarm.
];
const PEAK_GAIN = 0.06;
const NOTE_SECONDS = 0.35;

export function softChime(Context: AudioContextConstructor | undefined = globalThis.AudioContext): Chime {
  let context: AudioContext | undefined;
  return {
    async play() {
      if (!Context) throw new Error('no Web Audio in this browser');
      context ??= new Context();
      if (context.state === 'suspended') await context.resume();
      const start = context.currentTime + 0.01;
      for (const note of NOTES) {
        const oscillator = context.createOscillator();
        const gain = context.createGain();
        oscillator.type = 'sine';
        oscillator.frequency.value = note.frequency;
        // A soft attack and an exponential fade: no click at either end.
        gain.gain.setValueAtTime(0.0001, start + note.at);
        gain.gain.exponentialRampToValueAtTime(PEAK_GAIN, start + note.at + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + note.at + NOTE_SECONDS);
        oscillator.connect(gain).connect(context.destination);
        oscillator.start(start + note.at);
        oscillator.stop(start + note.at + NOTE_SECONDS + 0.05);
      }
    },
  };
}
