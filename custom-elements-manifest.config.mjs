// `cem analyze --litelement` reads this: which files describe the elements, and two small fixes
// for what the analyzer cannot see by itself. `npm run docs` regenerates custom-elements.json and
// README's Element API section from it; `npm run build` regenerates the manifest.
import { readdirSync, readFileSync } from 'node:fs';

/** Event classes (src/events/*.ts) → the event name each one is constructed with. */
function eventNamesByClass() {
  const names = new Map();
  for (const file of readdirSync('src/events')) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const source = readFileSync(`src/events/${file}`, 'utf8');
    for (const [, className, eventName] of source.matchAll(/export class (\w+) extends Event\b[\s\S]*?super\('([^']+)'/g)) {
      names.set(className, eventName);
    }
  }
  return names;
}

/**
 * `dispatchEvent(new IacTypingEvent())` gives the analyzer a type but no name, so the element
 * would list a nameless event beside its `@fires iac-typing`. Name it from its class and merge the
 * two: the `@fires` text, the class as the type.
 */
function eventsFromClasses() {
  const byClass = eventNamesByClass();
  return {
    name: 'iac-events-from-classes',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        if (!declaration.events) continue;
        const merged = [];
        for (const event of declaration.events) {
          const name = event.name ?? byClass.get(event.type?.text);
          if (!name) {
            merged.push(event);
            continue;
          }
          const className = [...byClass].find(([, eventName]) => eventName === name)?.[0];
          const same = merged.find((other) => other.name === name);
          const into = same ?? { name };
          if (event.description) into.description = event.description;
          if (className) into.type = { text: className };
          if (!same) merged.push(into);
        }
        declaration.events = merged;
      }
    },
  };
}

/**
 * Types the analyzer leaves out: a property with only a setter (`set userStorage(storage:
 * UserStorage)`) gets its parameter's type, and an event class's `constructor(readonly detail: …)`
 * becomes a `detail` field, which README's event tables show.
 */
function missingTypes() {
  return {
    name: 'iac-missing-types',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
      if (!declaration) return;
      declaration.members ??= [];
      for (const member of node.members) {
        if (ts.isSetAccessorDeclaration(member) && member.parameters[0]?.type) {
          const doc = declaration.members.find((m) => m.name === member.name.getText());
          if (doc && !doc.type) doc.type = { text: member.parameters[0].type.getText() };
        }
        if (ts.isConstructorDeclaration(member)) {
          for (const parameter of member.parameters) {
            const modifiers = parameter.modifiers?.map((m) => m.kind) ?? [];
            const isPublicField = modifiers.includes(ts.SyntaxKind.ReadonlyKeyword) || modifiers.includes(ts.SyntaxKind.PublicKeyword);
            if (!isPublicField || !parameter.type || declaration.members.some((m) => m.name === parameter.name.getText())) continue;
            declaration.members.push({ kind: 'field', name: parameter.name.getText(), type: { text: parameter.type.getText() }, readonly: true });
          }
        }
      }
      if (declaration.members.length === 0) delete declaration.members;
    },
  };
}

/**
 * Elements register with `customElement('iac-composer')(IacComposer)` after the class (see
 * src/components/shared/custom-element.ts) rather than as a decorator: a decorated class has
 * every private member compiled to WeakMap helpers. Read that call as the analyzer reads
 * `customElements.define`: the class is the element with that tag.
 */
function registeredByCall() {
  return {
    name: 'iac-registered-by-call',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isCallExpression(node.expression)) return;
      const { expression: callee, arguments: [tag] } = node.expression;
      const [elementClass] = node.arguments;
      if (callee.getText() !== 'customElement' || !tag || !ts.isStringLiteral(tag) || !elementClass || !ts.isIdentifier(elementClass)) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === elementClass.text);
      if (!declaration) return;
      declaration.tagName = tag.text;
      declaration.customElement = true;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: elementClass.text, module: moduleDoc.path } },
      ];
    },
    // `static properties` lists internal state (`{ state: true }`) beside the public properties;
    // the analyzer reads every entry as an attribute. State is private and has none.
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        if (!declaration.customElement) continue;
        const isPrivate = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name));
        for (const member of declaration.members ?? []) {
          if (isPrivate.has(member.name)) delete member.attribute;
          if (member.privacy === 'public') delete member.privacy;
        }
        declaration.attributes = declaration.attributes?.filter((attribute) => !isPrivate.has(attribute.fieldName));
        if (!declaration.attributes?.length) delete declaration.attributes;
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/events/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest already; the analyzer must not rewrite that shared file.
  packagejson: false,
  plugins: [registeredByCall(), eventsFromClasses(), missingTypes()],
};
