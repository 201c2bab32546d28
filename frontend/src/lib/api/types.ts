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
export type MemberPage = Schemas["PageMemberSummary"];
export type SkillLevel = Schemas["SkillLevel"];
export type SkillLevelUpdate = Schemas["SkillLevelUpdate"];
export type OrganizationRef = Schemas["OrganizationRef"];
export type Organization = Schemas["Organization"];
export type Skill = Schemas["Skill"];
export type Region = Schemas["Region"];
export type Stats = Schemas["Stats"];
export type ServiceType = Schemas["ServiceType"];
export type Category = Schemas["Category"];
export type Visibility = Schemas["Visibility"];
