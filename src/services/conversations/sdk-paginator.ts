import type { Paginator } from '@twilio/conversations';

/**
 * The SDK's paginator: a page and functions for its neighbours, which reject past either end.
 * Shared by the embedded backend and the strict SDK double.
 */
export class SdkPaginator<T> implements Paginator<T> {
  readonly #fetchPrev: () => Promise<Paginator<T>>;
  readonly #fetchNext: () => Promise<Paginator<T>>;

  constructor(
    readonly items: T[],
    readonly hasPrevPage: boolean,
    readonly hasNextPage: boolean,
    fetchPrev: () => Promise<Paginator<T>>,
    fetchNext: () => Promise<Paginator<T>>,
  ) {
    this.#fetchPrev = fetchPrev;
    this.#fetchNext = fetchNext;
  }

  /** Rejects with "No next page" when there is none, word for word as the SDK does. */
  nextPage(): Promise<Paginator<T>> {
    return this.hasNextPage ? this.#fetchNext() : Promise.reject(new Error('No next page'));
  }

  prevPage(): Promise<Paginator<T>> {
    return this.hasPrevPage ? this.#fetchPrev() : Promise.reject(new Error('No previous page'));
  }
}

/** Pages over a list frozen at the time of the call (the subscribed conversations). */
export function pageOver<T>(all: readonly T[], pageSize: number, start = 0): Paginator<T> {
  return new SdkPaginator(
    all.slice(start, start + pageSize),
    start > 0,
    start + pageSize < all.length,
    async () => pageOver(all, pageSize, Math.max(0, start - pageSize)),
    async () => pageOver(all, pageSize, start + pageSize),
  );
}

/**
 * A page of `getMessages`: its neighbours are fetched by message index, from just before its
 * first message or just after its last (or from the anchor, for an empty page).
 */
export function messagePage<T extends { readonly index: number }>(
  items: T[],
  page: { readonly hasPrevPage: boolean; readonly hasNextPage: boolean },
  anchor: number | undefined,
  fetch: (anchor: number, direction: 'backwards' | 'forward') => Promise<Paginator<T>>,
): Paginator<T> {
  const first = items[0]?.index ?? anchor ?? 0;
  const last = items.at(-1)?.index ?? anchor ?? -1;
  return new SdkPaginator(items, page.hasPrevPage, page.hasNextPage, () => fetch(first - 1, 'backwards'), () => fetch(last + 1, 'forward'));
}
