// The one place where names of the generated contract are given to the rest of the code.
import type { components } from "./schema";

type Schemas = components["schemas"];

export type Problem = Schemas["Problem"];
export type FieldError = Schemas["FieldError"];
export type TokenResponse = Schemas["TokenResponse"];
export type RegisterRequest = Schemas["RegisterRequest"];
export type LoginRequest = Schemas["LoginRequest"];
export type MyProfile = Schemas["MyProfile"];
export type ProfileUpdate = Schemas["ProfileUpdate"];
export type MemberSummary = Schemas["MemberSummary"];
export type MemberProfile = Schemas["MemberProfile"];
export type MemberPage = Schemas["PageResponseMemberSummary"];
export type MemberSkill = Schemas["MemberSkill"];
export type SkillLevelInput = Schemas["SkillLevelInput"];
export type OrganizationRef = Schemas["OrganizationRef"];
export type OrganizationItem = Schemas["OrganizationItem"];
export type SkillItem = Schemas["SkillItem"];
export type RegionItem = Schemas["RegionItem"];
export type CommunityStats = Schemas["CommunityStats"];
export type ServiceType = Schemas["ServiceType"];
export type Category = Schemas["Category"];
export type Visibility = Schemas["Visibility"];
