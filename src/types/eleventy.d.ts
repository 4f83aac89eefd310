// The slice of Eleventy's programmatic API the pipeline uses; Eleventy ships no TypeScript types.
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    configPath?: string | false;
    quietMode?: boolean;
    runMode?: "build" | "watch" | "serve";
    config?: (eleventyConfig: unknown) => void;
  }
  export class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    logger: { overrideLogger(logger: unknown): void };
    init(): Promise<void>;
    setIncrementalBuild(incremental: boolean): void;
    write(): Promise<[unknown[], Array<{ outputPath?: string | false }>]>;
    watch(): Promise<void>;
    stopWatch(): Promise<void>;
    serve(port?: number): Promise<void>;
  }
}

// @11ty/eleventy-img ships no types; the project uses the default (process an image), statsSync and generateHTML.
declare module "@11ty/eleventy-img" {
  interface EleventyImage {
    (src: string, options: Record<string, unknown>): Promise<Record<string, unknown[]>>;
    statsSync(src: string, options: Record<string, unknown>): Record<string, unknown[]>;
    generateHTML(metadata: unknown, attributes: Record<string, string>): string;
  }
  const eleventyImage: EleventyImage;
  export default eleventyImage;
}
