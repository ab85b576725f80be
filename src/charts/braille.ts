/** The bit of each dot in a braille character, by its column (0, 1) and row (0 at the top to 3). */
const DOT_BITS: readonly (readonly number[])[] = [
  [0x01, 0x02, 0x04, 0x40],
  [0x08, 0x10, 0x20, 0x80],
];
const BRAILLE_BLANK = 0x2800;

/**
 * A grid of braille dots, 2 wide and 4 tall per character, `columns` × `rows` characters. Each character also
 * remembers which series set its last dot, so a view can colour it. Dots outside the grid are ignored.
 */
export class BrailleCanvas {
  private readonly dots: Uint8Array;
  private readonly owners: Int32Array;

  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    this.dots = new Uint8Array(columns * rows);
    this.owners = new Int32Array(columns * rows).fill(-1);
  }

  set(x: number, y: number, owner: number): void {
    if (x < 0 || y < 0 || x >= this.columns * 2 || y >= this.rows * 4) return;
    const at = (y >> 2) * this.columns + (x >> 1);
    this.dots[at]! |= DOT_BITS[x & 1]![y & 3]!;
    this.owners[at] = owner;
  }

  /** A straight line of dots from one point to another (Bresenham); `drawn(step)` says which steps get a dot, for dashes. */
  line(from: readonly [number, number], to: readonly [number, number], owner: number, drawn: (step: number) => boolean = () => true): void {
    let [x, y] = from;
    const [x1, y1] = to;
    const dx = Math.abs(x1 - x);
    const dy = -Math.abs(y1 - y);
    const sx = x < x1 ? 1 : -1;
    const sy = y < y1 ? 1 : -1;
    let error = dx + dy;
    for (let step = 0; ; step++) {
      if (drawn(step)) this.set(x, y, owner);
      if (x === x1 && y === y1) return;
      const twice = 2 * error;
      if (twice >= dy) {
        error += dy;
        x += sx;
      }
      if (twice <= dx) {
        error += dx;
        y += sy;
      }
    }
  }

  /** The braille character at a character position, or undefined where no dot is set. */
  charAt(column: number, row: number): string | undefined {
    const bits = this.dots[row * this.columns + column] ?? 0;
    return bits === 0 ? undefined : String.fromCharCode(BRAILLE_BLANK + bits);
  }

  /** The series that set the last dot of a character (-1 for none). */
  ownerAt(column: number, row: number): number {
    return this.owners[row * this.columns + column] ?? -1;
  }
}
