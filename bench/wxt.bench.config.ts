// The extension exactly as shipped (wxt.config.ts), built into .output/bench (never .output/chrome-mv3,
// which the E2E tests use) with a hidden sourcemap beside the content script, so the benchmark can say
// which sources make up its bytes. `hidden`: no sourceMappingURL comment, the script's bytes are the shipped ones.
import base from '../wxt.config';

export default {
  ...base,
  outDir: process.env.VL_BENCH_OUT ?? '.output/bench',
  vite: (env: Parameters<NonNullable<typeof base.vite>>[0]) => {
    const v = (base.vite as NonNullable<typeof base.vite>)(env) as Record<string, any>;
    return { ...v, build: { ...(v.build ?? {}), sourcemap: 'hidden', ...(process.env.VL_NO_MINIFY ? { minify: false } : {}) } };
  },
};
