import { XMLBuilder } from "fast-xml-parser";

/**
 * The XML serializer of every feed and sitemap: fast-xml-parser's builder, which escapes text and
 * attributes. Elements are plain objects; attributes are keys starting with `@_`; text is `#text`.
 */
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  format: true,
  indentBy: "  ",
  suppressEmptyNode: true,
  processEntities: true,
  suppressBooleanAttributes: false,
});

/** An XML element as fast-xml-parser's builder takes it. */
export type XmlNode = { [key: string]: XmlNode | XmlNode[] | string | number | undefined };

/** Serializes one root element with the XML declaration. */
export function toXml(root: XmlNode): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build(root) as string}`;
}
