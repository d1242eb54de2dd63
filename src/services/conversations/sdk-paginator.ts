import type { Paginator } from '@twilio/conversations';

/**
 * The SDK's paginator: a page and functions for its neighbours, which reject past either end.
 * Shared by the embedded backend and the strict SDK double.
 */
export class SdkPaginator<T> implements Paginator<T> {
  constructor(
    readonly items: T[],
    readonly hasPrevPage: boolean,
    readonly hasNextPage: boolean,
    private readonly fetchPrev: () => Promise<Paginator<T>>,
    private readonly fetchNext: () => Promise<Paginator<T>>,
  ) {}

  /** Rejects with "No next page" when there is none, word for word as the SDK does. */
  nextPage(): Promise<Paginator<T>> {
    return this.hasNextPage ? this.fetchNext() : Promise.reject(new Error('No next page'));
  }

  prevPage(): Promise<Paginator<T>> {
    return this.hasPrevPage ? this.fetchPrev() : Promise.reject(new Error('No previous page'));
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
