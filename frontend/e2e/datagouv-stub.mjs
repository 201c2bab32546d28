// data.gouv.fr as the browser tests see it: a tiny local HTTP server answering the two reads the app makes,
// a dataset by slug or id and the licence list, with the JSON of the real API that the backend's tests use too
// (backend/src/test/resources/opendata/). Any other dataset is unknown (404). The browser tests never reach the
// internet.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const read = (name) => JSON.parse(readFileSync(new URL(`../../backend/src/test/resources/opendata/${name}`, import.meta.url), "utf8"));

/** The dataset of the journey: Santé publique France's hospital data, under Licence Ouverte v2.0. */
export const COVID_HOSPITAL = read("covid-hospital.json");

export async function startDataGouvStub() {
  const datasets = [COVID_HOSPITAL];
  const licences = read("licences.json");
  const server = createServer((request, response) => {
    const path = new URL(request.url, "http://localhost").pathname;
    const answer = (status, body) => {
      response.writeHead(status, { "Content-Type": "application/json" });
      response.end(JSON.stringify(body));
    };
    if (request.method !== "GET") return answer(405, { message: "Method not allowed", status: 405 });
    if (path === "/api/1/datasets/licenses/") return answer(200, licences);
    const wanted = path.match(/^\/api\/1\/datasets\/([^/]+)\/?$/)?.[1];
    const dataset = datasets.find(({ id, slug }) => wanted === id || wanted === slug);
    return dataset ? answer(200, dataset) : answer(404, { message: "Not found", status: 404 });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    baseUrl: `http://127.0.0.1:${server.address().port}`,
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}
