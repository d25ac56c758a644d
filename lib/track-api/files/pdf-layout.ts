import { PAGE_HEIGHT, PAGE_WIDTH, type PdfOp } from "./pdf";
import { fitText } from "./pdf-text";

export const MARGIN = 50;
export const RIGHT = PAGE_WIDTH - MARGIN;
const BOTTOM = 70;

export interface TextOptions {
  size?: number;
  bold?: boolean;
  align?: "left" | "right";
  /** Cut with an ellipsis beyond this many points. */
  maxWidth?: number;
}

/** Top-down flowing layout: a cursor that moves down the page and starts a new page when it runs out. */
export class PdfLayout {
  private pages: PdfOp[][] = [[]];
  /** Baseline of the current row, in points from the bottom. */
  y = PAGE_HEIGHT - MARGIN;

  /** Optional repeated header (e.g. table headings) drawn at the top of every continuation page. */
  onNewPage?: (layout: PdfLayout) => void;

  private get page(): PdfOp[] {
    return this.pages[this.pages.length - 1];
  }

  text(x: number, text: string, options: TextOptions = {}): this {
    const size = options.size ?? 9;
    const fitted = options.maxWidth ? fitText(text, options.maxWidth, size, options.bold) : text;
    this.page.push({ kind: "text", x, y: this.y, text: fitted, size, bold: options.bold, align: options.align });
    return this;
  }

  rule(width = 0.5): this {
    this.page.push({ kind: "rule", x1: MARGIN, y1: this.y, x2: RIGHT, y2: this.y, width });
    return this;
  }

  box(height: number, gray = 0.92): this {
    this.page.push({ kind: "box", x: MARGIN, y: this.y - height / 3, width: RIGHT - MARGIN, height, gray });
    return this;
  }

  /** Moves the cursor down; `keep` points must fit below it, otherwise a new page starts. */
  down(points: number, keep = 0): this {
    this.y -= points;
    if (this.y - keep < BOTTOM) {
      this.pages.push([]);
      this.y = PAGE_HEIGHT - MARGIN;
      this.onNewPage?.(this);
    }
    return this;
  }

  /** The finished pages, each with a `Page i / n` footer and the given footer text. */
  finish(footer: string): PdfOp[][] {
    return this.pages.map((ops, index) => [
      ...ops,
      { kind: "rule", x1: MARGIN, y1: 50, x2: RIGHT, y2: 50, width: 0.3 },
      { kind: "text", x: MARGIN, y: 38, text: fitText(footer, 380, 7), size: 7 },
      { kind: "text", x: RIGHT, y: 38, text: `Page ${index + 1} / ${this.pages.length}`, size: 7, align: "right" },
    ]);
  }
}
