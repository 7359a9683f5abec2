import { render, type TemplateResult } from 'lit-html';
import { failure, loading, notFound } from './components/states';
import { currentRoute, type Route } from './route';
import { compareView } from './views/compare';
import { exportView } from './views/export';
import { landlordView } from './views/landlord';
import { landlordsView } from './views/landlords';
import { operationsView } from './views/operations';
import { overviewView } from './views/overview';
import { provisionView } from './views/provision';
import { reviewView } from './views/review';
import { searchView } from './views/search';

const VIEWS: Record<
  string,
  { title: string; nav: string; render: (route: Route) => Promise<TemplateResult> }
> = {
  overview: { title: 'Sector overview', nav: '#/', render: overviewView },
  provision: { title: 'Provision', nav: '#/', render: provisionView },
  landlords: { title: 'Landlords', nav: '#/landlords', render: landlordsView },
  landlord: { title: 'Landlord', nav: '#/landlords', render: landlordView },
  compare: { title: 'Compare landlords', nav: '#/compare', render: compareView },
  search: { title: 'Search evidence', nav: '#/search', render: searchView },
  export: { title: 'Export', nav: '#/export', render: exportView },
  operations: { title: 'Operations', nav: '#/operations', render: operationsView },
  review: { title: 'Review', nav: '#/review', render: reviewView },
};

/** A link to no view, or one too damaged to read. */
const NOT_FOUND = {
  title: 'Not found',
  nav: '',
  render: (route: Route) =>
    Promise.resolve(
      notFound(
        route.problem ??
          `There is no “${route.view}” view here: the link may be mistyped or out of date.`,
      ),
    ),
};

const main = document.getElementById('main')!;
// The static placeholder goes: from here on lit-html owns the content.
main.replaceChildren();
let shown = 0;

async function show(): Promise<void> {
  const route = currentRoute();
  const view = (!route.problem && VIEWS[route.view]) || NOT_FOUND;
  const turn = ++shown;
  document.title = `${view.title} — chc-bench`;
  for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('header nav a'))) {
    if (link.getAttribute('href') === view.nav) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
  main.setAttribute('aria-busy', 'true');
  render(loading(view.title.toLowerCase()), main);
  let content: TemplateResult;
  try {
    content = await view.render(route);
  } catch (error) {
    content = failure(error);
  }
  // A later navigation wins over a slower earlier one.
  if (turn === shown) {
    render(content, main);
    main.setAttribute('aria-busy', 'false');
  }
}

/** The page being read: a view and its subject, whatever its filters. */
const placeOf = () => {
  const { view, subject } = currentRoute();
  return `${view}/${subject ?? ''}`;
};

/**
 * The form control in use, found again once the view is redrawn (a filter or a chart's
 * choice changed by keyboard): its name, and for a radio button its value.
 */
function controlInUse(): string | null {
  const active = document.activeElement;
  if (
    !(active instanceof HTMLInputElement || active instanceof HTMLSelectElement) ||
    !active.name ||
    !main.contains(active)
  ) {
    return null;
  }
  const name = `[name="${CSS.escape(active.name)}"]`;
  return active.type === 'radio' ? `${name}[value="${CSS.escape(active.value)}"]` : name;
}

let place = placeOf();
window.addEventListener('hashchange', () => {
  const next = placeOf();
  const moved = next !== place;
  place = next;
  const control = moved ? null : controlInUse();
  // A new page takes the focus (for screen readers); a filter change gives it back to the
  // control that made it, which the redraw replaced, so a keyboard user stays in place.
  void show().then(() =>
    moved ? main.focus() : control && main.querySelector<HTMLElement>(control)?.focus(),
  );
});
void show();
