import base from '/work/wt-12/web-test-runner.config.mjs';
export default { ...base, reporters: base.reporters, testFramework: { config: { timeout: 20000, grep: process.env.GREP } } };
