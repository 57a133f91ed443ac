// The page tests in one process, so that both files share one browser per engine (`npm run test:pages`).
import './pages.test.mjs';
import './prerender.test.mjs';
