/**
 * The search page's client: Pagefind's JS API with our own accessible markup (its bundled UI fails
 * axe's label-content-name-mismatch). Nothing is downloaded until the reader types, ticks a filter
 * or opens a search URL. The query, filters and sort live in the URL so a search can be shared.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(term: string | null, options: Record<string, unknown>, timeout: number): Promise<PagefindSearch | null>;
}

interface SearchConfig {
  lang: 'id' | 'en';
  base: string;
  labels: Record<string, Record<string, string>>;
  messages: Record<'results' | 'resultsFor' | 'none' | 'loading' | 'more' | 'unavailable', string>;
}

const PAGE_SIZE = 20;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} missing from the search page`);
  return found as T;
}

export function startSearchPage(): void {
  const config = JSON.parse(element('search-config').textContent ?? '{}') as SearchConfig;
  const form = element<HTMLFormElement>('search-form');
  const queryInput = element<HTMLInputElement>('search-q');
  const sortSelect = element<HTMLSelectElement>('search-sort');
  const status = element('search-status');
  const list = element<HTMLOListElement>('search-results');
  const moreButton = element<HTMLButtonElement>('search-more');
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const baseUrl = config.base.endsWith('/') ? config.base : `${config.base}/`;
  let pagefind: Promise<PagefindApi> | undefined;
  let shown: PagefindResult[] = [];
  let rendered = 0;

  const loadPagefind = (): Promise<PagefindApi> => {
    pagefind ??= (async () => {
      const api = (await import(/* @vite-ignore */ `${baseUrl}pagefind/pagefind.js`)) as PagefindApi;
      await api.options({ baseUrl, excerptLength: 24 });
      await api.init();
      return api;
    })();
    return pagefind;
  };

  const selectedFilters = (): Record<string, string[]> => {
    const filters: Record<string, string[]> = {};
    for (const box of checkboxes) if (box.checked) (filters[box.name] ??= []).push(box.value);
    return filters;
  };

  const restoreFromUrl = (): void => {
    const params = new URLSearchParams(location.search);
    queryInput.value = params.get('q') ?? '';
    sortSelect.value = params.get('urut') ?? '';
    for (const box of checkboxes) box.checked = params.getAll(box.name).includes(box.value);
    for (const box of checkboxes) if (box.checked) box.closest('details')?.setAttribute('open', '');
  };

  const writeUrl = (): void => {
    const params = new URLSearchParams();
    if (queryInput.value.trim()) params.set('q', queryInput.value.trim());
    if (sortSelect.value) params.set('urut', sortSelect.value);
    for (const [key, values] of Object.entries(selectedFilters())) for (const value of values) params.append(key, value);
    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  };

  const label = (key: string, value: string | undefined): string => (value ? (config.labels[key]?.[value] ?? value) : '');

  /** English pages link to the English version of each Indonesian result. */
  const localise = (url: string): string => (config.lang === 'en' ? `${baseUrl}en/${url.slice(baseUrl.length)}` : url);

  const renderResult = (data: PagefindResultData): HTMLLIElement => {
    const item = document.createElement('li');
    item.className = 'result';
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = localise(data.url);
    link.textContent = data.meta.title ?? data.url;
    heading.append(link);
    const facts = document.createElement('p');
    facts.className = 'muted';
    facts.textContent = [data.meta.daerah, label('dimensi', data.meta.dimensi), label('status', data.meta.status), data.meta.tahun]
      .filter(Boolean)
      .join(' · ');
    const excerpt = document.createElement('p');
    // Pagefind's excerpt is escaped text with <mark> around matches.
    excerpt.innerHTML = data.excerpt;
    item.append(heading, facts, excerpt);
    return item;
  };

  const renderMore = async (): Promise<void> => {
    const next = shown.slice(rendered, rendered + PAGE_SIZE);
    const items = await Promise.all(next.map(async (result) => renderResult(await result.data())));
    list.append(...items);
    rendered += next.length;
    moreButton.hidden = rendered >= shown.length;
  };

  const updateCounts = (counts: Record<string, Record<string, number>>): void => {
    for (const box of checkboxes) {
      const count = box.labels?.[0]?.querySelector('.count');
      if (count) count.textContent = `(${counts[box.name]?.[box.value] ?? 0})`;
    }
  };

  const run = async (): Promise<void> => {
    writeUrl();
    const term = queryInput.value.trim();
    const filters = selectedFilters();
    if (!term && Object.keys(filters).length === 0) {
      list.replaceChildren();
      moreButton.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = config.messages.loading;
    let api: PagefindApi;
    try {
      api = await loadPagefind();
    } catch {
      status.textContent = config.messages.unavailable;
      return;
    }
    const sort = sortSelect.value ? { [sortSelect.value]: 'asc' } : undefined;
    const anyOf = Object.fromEntries(Object.entries(filters).map(([key, values]) => [key, { any: values }]));
    const search = await api.debouncedSearch(term || null, { filters: anyOf, ...(sort ? { sort } : {}) }, 250);
    if (!search) return; // superseded by a newer keystroke
    shown = search.results;
    rendered = 0;
    list.replaceChildren();
    await renderMore();
    updateCounts(search.filters);
    const count = String(shown.length);
    status.textContent =
      shown.length === 0
        ? config.messages.none
        : term
          ? config.messages.resultsFor.replace('{n}', count).replace('{q}', term)
          : config.messages.results.replace('{n}', count);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  queryInput.addEventListener('input', () => void run());
  sortSelect.addEventListener('change', () => void run());
  for (const box of checkboxes) box.addEventListener('change', () => void run());
  moreButton.addEventListener('click', () => void renderMore());

  restoreFromUrl();
  if (location.search) void run();
}
