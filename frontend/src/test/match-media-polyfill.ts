// jsdom has no matchMedia, which react-dsfr reads to follow the system colour scheme.
if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
}

// jsdom has no scrolling either; the DSFR modal scrolls when it opens.
window.scrollTo = () => undefined;
