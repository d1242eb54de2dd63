import { sendKeys } from '@web/test-runner-commands';

/** Holds the modifiers, presses the key, lets go: `chord('Control+Shift+KeyK')`. */
export async function chord(keys: string): Promise<void> {
  const parts = keys.split('+');
  const key = parts.pop()!;
  for (const modifier of parts) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of parts.reverse()) await sendKeys({ up: modifier });
}
