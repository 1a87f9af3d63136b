// Entry point of cx_/journey/dashboard.html (bundled to dashboard.js).
import { setUpPage } from '../shared/page';
import { DashboardController } from './controller';

function start(): void {
  const root = document.getElementById('cx-dashboard');
  if (!root) return;
  const setup = setUpPage(root);
  if (!setup) return;
  void new DashboardController({ root, data: setup.data, fmt: setup.fmt, baseUrl: setup.baseUrl }).load();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
