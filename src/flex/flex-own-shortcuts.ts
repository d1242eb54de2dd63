/**
 * The Flex plugin's src/components/internal-agent-chat/own-shortcuts.ts (its build substitutes
 * this one): in Flex, Flex's KeyboardShortcutManager runs the chat's shortcuts, so the element
 * needs no manager or key listener of its own.
 */
import type { ownShortcuts as Own } from '../components/internal-agent-chat/own-shortcuts.js';

export const ownShortcuts: typeof Own = () => undefined;
