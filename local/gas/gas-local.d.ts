/** gas-local 1.3.1 ships no types: the one function this project uses. */
declare module 'gas-local' {
  interface GasLocal {
    /**
     * Walks `folder`, creates ONE node:vm context from `globals` (the object itself becomes the
     * context's global) and runs every file `options.filter` accepts (default: `.js`) in it, in
     * directory order. Returns the context.
     */
    require(
      folder: string,
      globals?: Record<string, unknown>,
      options?: { filter?: (path: string) => boolean },
    ): Record<string, unknown>;
  }
  const gasLocal: GasLocal;
  export = gasLocal;
}
