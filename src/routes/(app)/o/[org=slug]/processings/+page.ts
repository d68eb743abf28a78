// The register is links, a table and a GET form, all of it server-rendered: the browser needs no
// JavaScript for it, so it gets none, and the server serializes no page data for a hydration that does
// nothing (about 8% of the page's CPU).
export const csr = false;
