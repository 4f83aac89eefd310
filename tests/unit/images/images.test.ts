import { describe, expect, it } from "vitest";
import { cropBox, widthsFor } from "../../../src/images/index.js";

describe("cropBox", () => {
  it("keeps the largest centred box of the shape", () => {
    expect(cropBox(1600, 1000, [16, 9])).toEqual({ left: 0, top: 50, width: 1600, height: 900 });
    expect(cropBox(1600, 1000, [1, 1])).toEqual({ left: 300, top: 0, width: 1000, height: 1000 });
    expect(cropBox(900, 1600, [4, 3])).toEqual({ left: 0, top: 462, width: 900, height: 675 });
  });
});

describe("widthsFor", () => {
  it("never enlarges: widths past the image are dropped, and a small image gives its own width", () => {
    expect(widthsFor([320, 640], 1600)).toEqual([320, 640]);
    expect(widthsFor([1200], 1000)).toEqual([1000]);
    expect(widthsFor([320, 640], 500)).toEqual([320]);
  });
});
