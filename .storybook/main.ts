// Storybook: the designers' catalogue of every element, state, theme and language (`npm run storybook`;
// `npm run build-storybook` writes the static site that `npm test` checks story by story).
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/**
 * package.json's `sideEffects` lists the published files (dist/), so a bundler reading the sources takes every
 * src/ module for side-effect free and drops `import '…/define.js'`: the elements would never be registered and
 * every story would show bare light DOM. The files that register elements do have side effects; say so.
 */
const registrationHasSideEffects = (): Plugin => ({
  name: 'strike-widgets:registration-has-side-effects',
  transform(code, id) {
    if (/[\\/]src[\\/](index|elements[\\/][^\\/]+[\\/]define)\.ts$/.test(id))
      return { code, map: null, moduleSideEffects: true };
    return undefined;
  },
});

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // A catalogue for designers, not a tutorial: no onboarding checklist in the sidebar or the menu.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  core: {
    // No calls home from a designer's machine or from CI.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  viteFinal(viteConfig) {
    return {
      ...viteConfig,
      plugins: [...(viteConfig.plugins ?? []), registrationHasSideEffects()],
      // CI logs stay short: warnings and errors only, no table of chunk sizes or plugin timings.
      logLevel: 'warn',
      build: {
        ...viteConfig.build,
        reportCompressedSize: false,
        // The preview bundles Storybook's own UI and axe; their size is not the widgets' budget (scripts/size-budget.mjs).
        chunkSizeWarningLimit: 4096,
        rolldownOptions: {
          ...viteConfig.build?.rolldownOptions,
          checks: { ...viteConfig.build?.rolldownOptions?.checks, bundlerTimings: false },
        },
      },
    };
  },
};

export default config;
