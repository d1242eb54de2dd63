/**
 * Just enough of React for the fake Flex: `createElement` returns plain descriptors and `mount`
 * puts them in the DOM (calling function components, creating nodes, calling refs once the tree
 * is in the document, as React does). It is all the plugin may rely on: no hooks, no internals.
 */
export type Props = Record<string, unknown> & { children?: unknown; ref?: (node: Element | null) => void };

export interface Descriptor {
  type: string | ((props: Props) => unknown);
  props: Props;
}

export const React = {
  createElement(type: Descriptor['type'], props?: Props | null, ...children: unknown[]): Descriptor {
    return { type, props: { ...props, ...(children.length ? { children: children.length === 1 ? children[0] : children } : {}) } };
  },
};

/** Mounts a descriptor tree into `parent`; returns the unmount. */
export function mount(node: unknown, parent: Element): () => void {
  const refs: Array<() => void> = [];
  const unmount = build(node, parent, refs);
  refs.forEach((attach) => attach());
  return unmount;
}

/** The text a descriptor renders to, with `props` given to its component (Flex's notification bar shows it). */
export function renderText(content: unknown, props: Props = {}): string {
  if (content === null || content === undefined || typeof content === 'boolean') return '';
  if (typeof content === 'string' || typeof content === 'number') return String(content);
  if (Array.isArray(content)) return content.map((child) => renderText(child)).join('');
  const { type, props: own } = content as Descriptor;
  return typeof type === 'function' ? renderText(type({ ...own, ...props })) : renderText(own.children);
}

function build(node: unknown, parent: Element, refs: Array<() => void>): () => void {
  if (node === null || node === undefined || node === false || node === '') return () => {};
  if (typeof node === 'string' || typeof node === 'number') {
    const text = document.createTextNode(String(node));
    parent.append(text);
    return () => text.remove();
  }
  if (Array.isArray(node)) {
    const all = node.map((child) => build(child, parent, refs));
    return () => all.forEach((unmount) => unmount());
  }
  const { type, props } = node as Descriptor;
  if (typeof type === 'function') return build(type(props), parent, refs);
  const element = document.createElement(type);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || name === 'ref' || name === 'key') continue;
    if (name === 'style') Object.assign(element.style, value);
    else if (name === 'className') element.className = String(value);
    else if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
    else element.setAttribute(name, String(value));
  }
  const children = build(props.children, element, refs);
  parent.append(element);
  if (props.ref) refs.push(() => props.ref!(element));
  return () => {
    props.ref?.(null);
    children();
    element.remove();
  };
}
