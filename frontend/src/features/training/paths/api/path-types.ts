// The learning paths' names for the generated contract, derived from the operations so that they follow it.
import type { paths as api } from "../../../../lib/api/schema";

type Json<Response> = Response extends { content: { "application/json": infer Body } } ? Body : never;

export type PathQuery = NonNullable<api["/api/v1/paths"]["get"]["parameters"]["query"]>;
export type PathPage = Json<api["/api/v1/paths"]["get"]["responses"][200]>;
export type PathSummary = PathPage["items"][number];
export type PathView = Json<api["/api/v1/paths/{id}"]["get"]["responses"][200]>;
export type PathStep = PathView["steps"][number];
export type PathStepResource = PathStep["resource"];
export type PathCreate = NonNullable<api["/api/v1/paths"]["post"]["requestBody"]>["content"]["application/json"];
export type PathUpdate = NonNullable<api["/api/v1/paths/{id}"]["patch"]["requestBody"]>["content"]["application/json"];
export type PathStepCreate = NonNullable<api["/api/v1/paths/{id}/steps"]["post"]["requestBody"]>["content"]["application/json"];
export type PathStepUpdate = NonNullable<api["/api/v1/paths/{id}/steps/{stepId}"]["patch"]["requestBody"]>["content"]["application/json"];
export type PathProgress = NonNullable<PathSummary["myProgress"]>;
export type PathStatus = PathSummary["status"];
export type PathLevel = PathSummary["level"];
export type PathProgrammingLanguage = PathSummary["programmingLanguage"];
export type ResourceType = PathStepResource["type"];
export type ResourceStatus = PathStepResource["status"];
export type ResourceSearchQuery = NonNullable<api["/api/v1/resources"]["get"]["parameters"]["query"]>;
export type ResourceSearchPage = Json<api["/api/v1/resources"]["get"]["responses"][200]>;
export type ResourceSearchItem = ResourceSearchPage["items"][number];
