/** Whether a drag carries files (during dragover the files themselves are not readable yet). */
export function carriesFiles(data: DataTransfer | null): boolean {
  return data !== null && Array.from(data.types).includes('Files');
}

/** Folders dropped among files: Chrome hands each out as a File with the folder's name. */
const folders = new WeakSet<File>();

/** Whether `file` stands for a dropped folder, which can't be sent (its files can). */
export function isFolder(file: File): boolean {
  return folders.has(file);
}

/**
 * The files in a drop or paste, a dropped folder marked (see `isFolder`) so it can be refused by
 * name. Reads `items` when there are any, else `files`, never both: the two hand out different
 * objects for the same file.
 */
export function filesIn(data: DataTransfer | null): File[] {
  if (!data) return [];
  const fileItems = Array.from(data.items ?? []).filter((item) => item.kind === 'file');
  if (fileItems.length === 0) return Array.from(data.files ?? []);
  return fileItems.flatMap((item) => {
    const file = item.getAsFile();
    if (!file) return [];
    if (item.webkitGetAsEntry?.()?.isDirectory) folders.add(file);
    return [file];
  });
}

const extensions: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
  'image/bmp': 'bmp',
};

/**
 * Gives pasted files that have no name of their own (screenshots arrive nameless or as a generic
 * "image.png") a readable, distinct one: `pasted-image-20240501-134512.png`.
 */
export function namePastedFiles(files: File[], now = new Date()): File[] {
  const unnamed = files.filter(isUnnamed);
  let count = 0;
  return files.map((file) => {
    if (!isUnnamed(file)) return file;
    count++;
    const kind = file.type.startsWith('image/') ? 'image' : 'file';
    const suffix = unnamed.length > 1 ? `-${count}` : '';
    const extension = extensionOf(file.type);
    const name = `pasted-${kind}-${stamp(now)}${suffix}${extension ? `.${extension}` : ''}`;
    return new File([file], name, { type: file.type, lastModified: file.lastModified });
  });
}

function isUnnamed(file: File): boolean {
  return file.name === '' || (file.type.startsWith('image/') && /^image\.\w+$/i.test(file.name));
}

function extensionOf(type: string): string {
  const known = extensions[type];
  if (known) return known;
  const subtype = type.split('/')[1]?.split(/[+;]/)[0] ?? '';
  return /^[a-z0-9-]{1,10}$/i.test(subtype) ? subtype.toLowerCase() : '';
}

function stamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}` +
    `-${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`
  );
}
