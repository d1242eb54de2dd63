import type { Paginator } from '@twilio/conversations';

/** The SDK's Paginator shape: a page plus functions that fetch its neighbours. */
export class LocalPaginator<T> implements Paginator<T> {
  constructor(
    readonly items: T[],
    readonly hasPrevPage: boolean,
    readonly hasNextPage: boolean,
    private readonly fetchPrev: () => Promise<Paginator<T>>,
    private readonly fetchNext: () => Promise<Paginator<T>>,
  ) {}

  /** Rejects when there is no next page, as the SDK does. */
  nextPage(): Promise<Paginator<T>> {
    return this.hasNextPage ? this.fetchNext() : Promise.reject(new Error('No next page'));
  }

  prevPage(): Promise<Paginator<T>> {
    return this.hasPrevPage ? this.fetchPrev() : Promise.reject(new Error('No previous page'));
  }
}

/** Pages over a list already in memory (the subscribed conversations). */
export function pageOf<T>(all: readonly T[], pageSize: number, start = 0): Paginator<T> {
  return new LocalPaginator(
    all.slice(start, start + pageSize),
    start > 0,
    start + pageSize < all.length,
    async () => pageOf(all, pageSize, Math.max(0, start - pageSize)),
    async () => pageOf(all, pageSize, start + pageSize),
  );
}
