// Entry point of cx_/journey/timeline.html (bundled to timeline.js).
import { setUpPage, showError } from '../shared/page';
import { TimelineController } from './controller';

function start(): void {
  const root = document.getElementById('cx-timeline');
  if (!root) return;
  const setup = setUpPage(root);
  if (!setup) return;
  const { params } = setup;
  if (!params.recordId) {
    showError(root, 'No record id: the form passes it as ?id=, or open the page with ?id=<contact id>.');
    return;
  }
  const controller = new TimelineController({
    root,
    data: setup.data,
    scope: { kind: params.recordKind, id: params.recordId },
    fmt: setup.fmt,
    baseUrl: setup.baseUrl,
    ...(params.pageSize ? { pageSize: params.pageSize } : {}),
  });
  void controller.load();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
