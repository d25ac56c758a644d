import type { IngestEvent } from "@/lib/track-api/ingest/schema";

interface Entry {
  at: number;
  order: number;
  event: IngestEvent;
  /** A copy re-sent on purpose (duplicate delivery); never duplicated again. */
  duplicate: boolean;
}

/** A min-heap of future events by time (ties in insertion order), so a tick pops only what is due. */
export class EventQueue {
  private heap: Entry[] = [];
  private counter = 0;

  get size(): number {
    return this.heap.length;
  }

  push(at: number, event: IngestEvent, duplicate = false): void {
    const heap = this.heap;
    heap.push({ at, order: this.counter++, event, duplicate });
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  /** Removes and returns, in time order, every entry due at or before `now`. */
  popDue(now: number): Entry[] {
    const due: Entry[] = [];
    while (this.heap.length > 0 && this.heap[0].at <= now) due.push(this.pop());
    return due;
  }

  private pop(): Entry {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && before(heap[l], heap[m])) m = l;
        if (r < heap.length && before(heap[r], heap[m])) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    }
    return top;
  }
}

const before = (a: Entry, b: Entry) => a.at < b.at || (a.at === b.at && a.order < b.order);
