/** The widget's own shortcut words in Spanish (see ./en.ts). */
import type { KeptKey } from '../../shortcuts/widget-notation.js';
import type { WidgetKeyWords } from './en.js';

export function widgetKeyWords(): WidgetKeyWords {
  const keptFor: Record<KeptKey, string> = {
    'Mod+C': 'copiar',
    'Mod+V': 'pegar',
    'Mod+X': 'cortar',
    'Mod+A': 'seleccionar todo el texto',
    'Mod+Z': 'deshacer',
    'Mod+Shift+Z': 'rehacer',
    'Mod+Y': 'rehacer',
    'Mod+Enter': 'enviar un mensaje',
    'Mod+W': 'cerrar la pestaña',
    'Mod+T': 'abrir una pestaña',
    'Mod+Shift+T': 'reabrir una pestaña cerrada',
    'Mod+N': 'abrir una ventana',
    'Mod+Shift+N': 'abrir una ventana privada',
    'Mod+Q': 'salir del navegador',
    'Mod+R': 'recargar la página',
    'Mod+F': 'buscar en la página',
    'Mod+L': 'la barra de direcciones',
    'Mod+P': 'imprimir',
    'Mod+S': 'guardar la página',
    'Alt+F4': 'cerrar la ventana',
  };
  return {
    shortcutsWorkInChat: (openChat: string) => `Funcionan mientras el cursor está en el chat; «${openChat}» funciona en cualquier parte de la página.`,
    pressedTooSoon: (shortcut: string) => `Pulsaste «${shortcut}» de nuevo demasiado pronto, así que se ignoró esa pulsación.`,
    pressKeysWith: (apple: boolean) => `Pulsa las teclas nuevas con ${apple ? '⌘, ⌃ u ⌥' : 'Ctrl o Alt'}. Escape cancela.`,
    keysForTyping: (apple: boolean) => `Usa ${apple ? '⌘, ⌃ u ⌥' : 'Ctrl o Alt'} con otra tecla: las teclas solas son para escribir.`,
    keptFor: (keys: string, key: KeptKey) => `${keys} se reserva para ${keptFor[key]}. Elige otra tecla.`,
  };
}
