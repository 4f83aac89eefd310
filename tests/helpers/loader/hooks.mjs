// Module hooks for tests: any module resolved from the tsx package is refused, so a process run
// with `--import <this folder>/register.mjs` (and every process and worker thread it starts, through
// NODE_OPTIONS) fails if it loads a TypeScript loader.
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (/[\\/]node_modules[\\/]tsx[\\/]/.test(resolved.url)) throw new Error(`a TypeScript loader was loaded: ${resolved.url}`);
  return resolved;
}
