import type { SearchClientConfig } from '../lib/page-data/search.ts';
import type { SearchFilter } from '../lib/search-record.ts';
import { suggestQuery } from '../lib/search-vocabulary.ts';

/**
 * The search page's client: Pagefind's JS API with our own accessible markup (its bundled UI fails
 * axe's label-content-name-mismatch). Nothing is downloaded until the reader types, ticks a filter
 * or opens a search URL. The query, filters and sort live in the URL so a search can be shared,
 * and each search the reader settles on is a history entry, so Back returns to the previous one.
 * Texts and addresses come from the page (src/lib/page-data/search.ts), so no dictionary is bundled.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options: Record<string, unknown>): Promise<PagefindSearch>;
  preload(term: string | null, options: Record<string, unknown>): Promise<void>;
}

type FilterQuery = Record<string, { any: string[] } | string>;

/**
 * What a search does to the browser's history: a new entry (a filter ticked, the form submitted,
 * a suggestion followed), an entry for the typing (see `recordInHistory`), or nothing (the page
 * restores a search from its address, on load or on Back).
 */
type HistoryStep = 'push' | 'typing' | 'none';

/** Results in the order the reader chose, fetched as far as they are shown. */
interface ResultOrder {
  readonly total: number;
  take(count: number): Promise<PagefindResult[]>;
}

const PAGE_SIZE = 10;

/** A message from the page with its `{name}` placeholders filled in. */
const fill = (message: string, values: Readonly<Record<string, string>>): string => message.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);

/**
 * Sorting by a filter key (start year, region) without Pagefind's sort index: the sort index holds
 * every page's position for every key, which at national scale made the first download of every
 * search ~95 KB heavier. Instead the results are gathered one filter value at a time, in the
 * value's order, and only as far as the reader has scrolled; pages without a value come last.
 */
function sortedByFilter(api: PagefindApi, term: string | null, filters: FilterQuery, base: PagefindSearch, key: string): ResultOrder {
  const collator = new Intl.Collator('id', { numeric: true });
  const chosen = filters[key];
  const values = Object.entries(base.filters[key] ?? {})
    // Counts may speak of values outside the reader's own choice for this key; those stay out.
    .filter(([value, count]) => count > 0 && (typeof chosen !== 'object' || chosen.any.includes(value)))
    .map(([value]) => value)
    .sort(collator.compare);
  const gathered: PagefindResult[] = [];
  const seen = new Set<string>();
  let nextValue = 0;
  let restAdded = false;
  return {
    total: base.results.length,
    async take(count) {
      while (gathered.length < count && !restAdded) {
        if (nextValue < values.length) {
          const bucket = await api.search(term, { filters: { ...filters, [key]: values[nextValue++] } });
          for (const result of bucket.results) {
            if (seen.has(result.id)) continue;
            seen.add(result.id);
            gathered.push(result);
          }
        } else {
          for (const result of base.results) if (!seen.has(result.id)) gathered.push(result);
          restAdded = true;
        }
      }
      return gathered.slice(0, count);
    },
  };
}

const inRelevanceOrder = (search: PagefindSearch): ResultOrder => ({
  total: search.results.length,
  take: async (count) => search.results.slice(0, count),
});

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} missing from the search page`);
  return found as T;
}

export function startSearchPage(): void {
  const config = JSON.parse(element('search-config').textContent ?? '{}') as SearchClientConfig;
  const form = element<HTMLFormElement>('search-form');
  const queryInput = element<HTMLInputElement>('search-q');
  const sortSelect = element<HTMLSelectElement>('search-sort');
  const status = element('search-status');
  const suggestion = element('search-suggestion');
  const suggestionLink = element<HTMLAnchorElement>('search-suggestion-link');
  const filterCount = element('search-filter-count');
  const list = element<HTMLOListElement>('search-results');
  const moreButton = element<HTMLButtonElement>('search-more');
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  let pagefind: Promise<PagefindApi> | undefined;
  let vocabulary: Promise<string[]> | undefined;
  let order: ResultOrder = inRelevanceOrder({ results: [], filters: {} });
  let rendered = 0;

  const loadPagefind = (): Promise<PagefindApi> => {
    pagefind ??= (async () => {
      const api = (await import(/* @vite-ignore */ config.indexScript)) as PagefindApi;
      await api.options({ baseUrl: config.indexedRoot, excerptLength: 24 });
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

  /** The words of the vocabulary file, fetched once, the first time a search finds nothing. */
  const loadVocabulary = (): Promise<string[]> => {
    vocabulary ??= fetch(config.vocabulary).then((response) => (response.ok ? (response.json() as Promise<string[]>) : []));
    return vocabulary;
  };

  const showFilterCount = (): void => {
    const ticked = checkboxes.filter((box) => box.checked).length;
    filterCount.textContent = ticked > 0 ? `(${fill(config.messages.activeFilters, { count: String(ticked) })})` : '';
  };

  const restoreFromUrl = (): void => {
    const params = new URLSearchParams(location.search);
    queryInput.value = params.get('q') ?? '';
    sortSelect.value = params.get('urut') ?? '';
    for (const box of checkboxes) box.checked = params.getAll(box.name).includes(box.value);
    for (const box of checkboxes) if (box.checked) box.closest('details')?.setAttribute('open', '');
    showFilterCount();
  };

  /** The page's address for a search: the query, the sort order and every ticked value. */
  const addressOf = (query: string): string => {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (sortSelect.value) params.set('urut', sortSelect.value);
    for (const [key, values] of Object.entries(selectedFilters())) for (const value of values) params.append(key, value);
    const search = params.toString();
    return search ? `?${search}` : location.pathname;
  };

  /**
   * Records the search in the history. Typing adds an entry for a new search but not for each
   * letter: a query that extends or shortens the previous one while only the words change replaces
   * its entry ("sam" → "sampah"), as does the first search from the empty page; a different query
   * adds one, so Back goes from "aplikasi" to "sampah". Choices (filters, sort, submit) always add one.
   */
  const recordInHistory = (step: HistoryStep, query: string): void => {
    const address = addressOf(query);
    if (step === 'none' || address === (location.search || location.pathname)) return;
    const previous = new URLSearchParams(location.search);
    const previousQuery = previous.get('q') ?? '';
    previous.delete('q');
    const next = new URLSearchParams(address.startsWith('?') ? address : '');
    next.delete('q');
    const onlyWordsGrew = previous.toString() === next.toString() && (query.startsWith(previousQuery) || previousQuery.startsWith(query));
    if (!location.search || (step === 'typing' && onlyWordsGrew)) history.replaceState(null, '', address);
    else history.pushState(null, '', address);
  };

  /** Offers the query with its unknown words corrected, when the index knows words close to them. */
  const offerSuggestion = async (term: string, isCurrent: () => boolean): Promise<void> => {
    const words = await loadVocabulary().catch(() => []);
    const corrected = suggestQuery(term, words);
    if (!corrected || !isCurrent()) return;
    suggestionLink.textContent = corrected;
    suggestionLink.href = addressOf(corrected);
    suggestion.hidden = false;
  };

  const label = (key: SearchFilter, value: string | undefined): string => (value ? (config.labels[key]?.[value] ?? value) : '');

  /** The index holds the Indonesian pages; English pages link to the English version of each result. */
  const localise = (url: string): string => `${config.pageRoot}${url.slice(config.indexedRoot.length)}`;

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

  /**
   * Shows the next page of results. Results arrive one fragment at a time; if a newer search
   * replaced the list (or another call showed this page) meanwhile, these results are dropped.
   */
  const renderMore = async (): Promise<void> => {
    const shownOrder = order;
    const from = rendered;
    const next = (await shownOrder.take(from + PAGE_SIZE)).slice(from);
    const items = await Promise.all(next.map(async (result) => renderResult(await result.data())));
    if (shownOrder !== order || from !== rendered) return;
    list.append(...items);
    rendered += next.length;
    moreButton.hidden = rendered >= order.total;
  };

  /** The values of one filter, as the page lists them. */
  const valuesOf = (key: string): string[] => checkboxes.filter((box) => box.name === key).map((box) => box.value);

  /**
   * Pagefind counts results per value only for filters it has loaded, and loads a filter only
   * when a search uses it. Loading every filter would add hundreds of kilobytes to the first
   * search at national scale, so the page loads the filters a reader can see (open facets) or
   * sorts by, and leaves the other counts blank until their facet is opened.
   */
  const loadFilters = async (api: PagefindApi, term: string | null): Promise<Set<string>> => {
    const wanted = new Set(
      checkboxes.filter((box) => box.closest('details')?.open).map((box) => box.name),
    );
    if (sortSelect.value) wanted.add(sortSelect.value);
    await Promise.all([...wanted].map((key) => api.preload(term, { filters: { [key]: { any: valuesOf(key) } } })));
    return wanted;
  };

  const updateCounts = (counts: Record<string, Record<string, number>>, loaded: ReadonlySet<string>): void => {
    for (const box of checkboxes) {
      const count = box.labels?.[0]?.querySelector('.count');
      if (count) count.textContent = loaded.has(box.name) ? `(${counts[box.name]?.[box.value] ?? 0})` : '';
    }
  };

  /**
   * Each run is numbered; one that a newer run overtook while it waited shows nothing. The page
   * waits this long after the last keystroke or choice before it searches, and decides itself
   * which run is the newest: Pagefind's own debounce would drop whichever call reached it last,
   * which after filter loading of different lengths need not be the newest run.
   */
  let latestRun = 0;
  const PAUSE_AFTER_INPUT_MS = 250;
  const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, PAUSE_AFTER_INPUT_MS));
  /** Assistive technology and tests learn from aria-busy when the list is complete. */
  const setBusy = (busy: boolean): void => list.setAttribute('aria-busy', String(busy));

  const run = async (step: HistoryStep): Promise<void> => {
    const thisRun = ++latestRun;
    const term = queryInput.value.trim();
    const filters = selectedFilters();
    showFilterCount();
    suggestion.hidden = true;
    if (!term && Object.keys(filters).length === 0) {
      recordInHistory(step, term);
      list.replaceChildren();
      moreButton.hidden = true;
      status.textContent = '';
      setBusy(false);
      return;
    }
    status.textContent = config.messages.loading;
    setBusy(true);
    let api: PagefindApi;
    try {
      api = await loadPagefind();
    } catch {
      status.textContent = config.messages.unavailable;
      setBusy(false);
      return;
    }
    await pause();
    if (thisRun !== latestRun) return; // superseded by a newer keystroke or choice
    recordInHistory(step, term);
    const anyOf: FilterQuery = Object.fromEntries(Object.entries(filters).map(([key, values]) => [key, { any: values }]));
    const loaded = await loadFilters(api, term || null);
    for (const key of Object.keys(filters)) loaded.add(key);
    const search = await api.search(term || null, { filters: anyOf });
    if (thisRun !== latestRun) return;
    order = sortSelect.value ? sortedByFilter(api, term || null, anyOf, search, sortSelect.value) : inRelevanceOrder(search);
    rendered = 0;
    list.replaceChildren();
    await renderMore();
    if (thisRun !== latestRun) return;
    updateCounts(search.filters, loaded);
    const count = String(order.total);
    const one = order.total === 1;
    status.textContent =
      order.total === 0
        ? config.messages.none
        : term
          ? fill(one ? config.messages.oneResultFor : config.messages.resultsFor, { count, query: term })
          : fill(one ? config.messages.oneResult : config.messages.results, { count });
    if (order.total === 0 && term) await offerSuggestion(term, () => thisRun === latestRun);
    if (thisRun !== latestRun) return;
    setBusy(false);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run('push');
  });
  queryInput.addEventListener('input', () => void run('typing'));
  sortSelect.addEventListener('change', () => void run('push'));
  for (const box of checkboxes) box.addEventListener('change', () => void run('push'));
  moreButton.addEventListener('click', () => void renderMore());
  suggestionLink.addEventListener('click', (event) => {
    event.preventDefault();
    queryInput.value = suggestionLink.textContent ?? '';
    void run('push');
  });
  // An opened facet gets its counts for the current search.
  for (const facet of form.querySelectorAll<HTMLDetailsElement>('details.facet')) {
    facet.addEventListener('toggle', () => {
      if (facet.open) void run('none');
    });
  }
  // Back and Forward bring an earlier search back, from the address alone.
  window.addEventListener('popstate', () => {
    restoreFromUrl();
    void run('none');
  });

  restoreFromUrl();
  if (location.search) void run('none');
}
