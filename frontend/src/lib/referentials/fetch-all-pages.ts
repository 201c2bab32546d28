const MAX_PAGE_SIZE = 100;

type Page<Item> = { items: Item[]; total: number };

/** Reads a paginated list to its end, 100 items at a time: referentials are short and every item is needed. */
export async function fetchAllPages<Item>(fetchPage: (page: number, size: number) => Promise<Page<Item>>): Promise<Item[]> {
  const items: Item[] = [];
  for (let page = 0; ; page += 1) {
    const answer = await fetchPage(page, MAX_PAGE_SIZE);
    items.push(...answer.items);
    if (answer.items.length === 0 || items.length >= answer.total) return items;
  }
}
