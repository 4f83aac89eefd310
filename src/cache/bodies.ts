import fs from "node:fs";

/** Where one article body lies in the pack: a byte offset and a length. */
export interface BodyRef {
  readonly offset: number;
  readonly length: number;
}

/**
 * The article bodies of the build cache, in one append-only file: a body is written once, when its
 * article is read, and read back only when a page that shows it is rendered again. The state keeps
 * each article's offset and length, and the pack's size. Bodies no article refers to any more stay
 * until a full build writes the pack afresh (the state records how many bytes are live).
 */
export class BodyPack {
  readonly #file: string;
  #fd: number | undefined;
  #size: number;
  readonly #pending: Buffer[] = [];
  #pendingBytes = 0;

  /** Opens the pack at `file`, or starts an empty one when `fresh` or when there is none. */
  constructor(file: string, fresh: boolean) {
    this.#file = file;
    this.#size = !fresh && fs.existsSync(file) ? fs.statSync(file).size : 0;
    if (fresh) fs.rmSync(file, { force: true });
  }

  /** The pack's size in bytes once every body appended so far is written. */
  get size(): number {
    return this.#size + this.#pendingBytes;
  }

  /** Adds a body; it is written by {@link flush}. */
  append(html: string): BodyRef {
    const bytes = Buffer.from(html, "utf8");
    const ref = { offset: this.size, length: bytes.length };
    this.#pending.push(bytes);
    this.#pendingBytes += bytes.length;
    return ref;
  }

  /** Reads one body back. */
  read(ref: BodyRef): string {
    if (ref.offset >= this.#size) {
      // Appended in this build and not written yet.
      let at = this.#size;
      for (const chunk of this.#pending) {
        if (at === ref.offset) return chunk.toString("utf8");
        at += chunk.length;
      }
      throw new Error(`the build cache has no article body at ${ref.offset}`);
    }
    this.#fd ??= fs.openSync(this.#file, "r");
    const buffer = Buffer.alloc(ref.length);
    const read = fs.readSync(this.#fd, buffer, 0, ref.length, ref.offset);
    if (read !== ref.length) throw new Error(`the build cache's body pack is cut short at ${ref.offset}`);
    return buffer.toString("utf8");
  }

  /** Appends every pending body to the file. */
  flush(): void {
    if (this.#pending.length === 0) return;
    fs.appendFileSync(this.#file, Buffer.concat(this.#pending));
    this.#size += this.#pendingBytes;
    this.#pending.length = 0;
    this.#pendingBytes = 0;
  }

  close(): void {
    if (this.#fd !== undefined) fs.closeSync(this.#fd);
    this.#fd = undefined;
  }
}
