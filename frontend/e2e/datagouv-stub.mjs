// A local stand-in for the data.gouv.fr API, for the browser tests: the app under test reads datasets and licences
// from it (SPYRALES_OPENDATA_DATAGOUV_BASE_URL), never from the internet. Its answers have the shape of the real API's
// (as recorded in backend/src/test/resources/opendata/), reduced to what the open-data guard reads.
import { createServer } from "node:http";

const ORGANIZATION = {
  id: "5d71f5ef8b4c4144a5d2d5e2",
  name: "Santé publique France",
  slug: "sante-publique-france",
  page: "https://www.data.gouv.fr/fr/organizations/sante-publique-france/",
};

/** Data.gouv.fr's COVID-19 hospital data, under the Licence Ouverte 2.0. */
export const COVID_HOSPITAL = {
  id: "5e7e104ace2080d9162b61d8",
  slug: "donnees-hospitalieres-relatives-a-lepidemie-de-covid-19",
  title: "Données hospitalières relatives à l'épidémie de COVID-19",
  created_at: "2020-03-27T16:31:36.529000+00:00",
  last_update: "2023-07-03T18:05:06.451000+00:00",
  last_modified: "2023-07-03T18:05:06.451000+00:00",
  deleted: null,
  archived: null,
  private: false,
  license: "lov2",
  page: "https://www.data.gouv.fr/fr/datasets/donnees-hospitalieres-relatives-a-lepidemie-de-covid-19/",
  uri: "https://www.data.gouv.fr/api/1/datasets/donnees-hospitalieres-relatives-a-lepidemie-de-covid-19/",
  organization: ORGANIZATION,
  owner: null,
  resources: [],
  extras: {},
};

const licence = (id, title, okd) => ({
  id,
  title,
  url: null,
  maintainer: null,
  flags: [],
  alternate_urls: [],
  alternate_titles: [],
  okd_compliant: okd,
  osi_compliant: false,
});

const LICENCES = [
  licence("notspecified", "License Not Specified", false),
  licence("lov2", "Licence Ouverte / Open Licence version 2.0", true),
  licence("fr-lo", "Licence Ouverte / Open Licence", true),
  licence("odc-odbl", "Open Data Commons Open Database License (ODbL)", true),
  licence("odc-by", "Open Data Commons Attribution License", true),
  licence("odc-pddl", "Open Data Commons Public Domain Dedication and Licence (PDDL)", true),
  licence("cc-by", "Creative Commons Attribution", true),
  licence("cc-by-sa", "Creative Commons Attribution Share-Alike", true),
  licence("cc-zero", "Creative Commons CCZero", true),
  licence("other-open", "Other (Open)", true),
];

const DATASETS = [COVID_HOSPITAL];

function answer(response, status, body) {
  response.writeHead(status, { "Content-Type": "application/json; charset=utf-8" });
  response.end(JSON.stringify(body));
}

/** Starts the stub on a free port of 127.0.0.1; `baseUrl` is what the app is given. */
export async function startDataGouvStub() {
  const server = createServer((request, response) => {
    const path = new URL(request.url, "http://stub").pathname;
    if (request.method !== "GET") return answer(response, 405, { message: "Method not allowed" });
    if (/^\/api\/1\/datasets\/licenses\/?$/.test(path)) return answer(response, 200, LICENCES);
    const match = /^\/api\/1\/datasets\/([^/]+)\/?$/.exec(path);
    const dataset = match && DATASETS.find(({ id, slug }) => id === match[1] || slug === match[1]);
    return dataset ? answer(response, 200, dataset) : answer(response, 404, { message: "Not found", status: 404 });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}
