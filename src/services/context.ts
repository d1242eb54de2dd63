import { createContext } from '@lit/context';
import type { ChatStore } from './chat-store.js';

/** The one store every element of a widget shares; provided by `<internal-agent-chat>`. */
export const chatStoreContext = createContext<ChatStore | undefined>(Symbol('iac-chat-store'));
