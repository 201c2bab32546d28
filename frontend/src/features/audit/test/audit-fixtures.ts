import type { AuditEvent, SecurityEvent } from "../../../lib/api/types";

export const ADMIN_SESSION = { accessToken: "jwt", tokenType: "Bearer", expiresIn: 900, memberId: "m-admin", roles: ["member", "admin"] };
export const MEMBER_SESSION = { ...ADMIN_SESSION, memberId: "m-lea", roles: ["member"] };

export const ZOE = "3f1c0f5e-2b7a-4a43-9d53-1f3b6c2d9a10";

export const roleGranted: AuditEvent = {
  id: 2,
  occurredAt: "2026-11-19T10:00:00+01:00",
  category: "PRIVILEGED",
  action: "ROLE_GRANTED",
  actionLabel: "Rôle attribué",
  outcome: "SUCCESS",
  actorMemberId: "b0c7a3a4-0d7e-4f0e-9f55-6d3a1e2b4c5d",
  actorName: "Alex Admin",
  targetType: "member",
  targetId: ZOE,
  subjectMemberId: ZOE,
  subjectName: "Zoé Marchand",
  ipAddress: "192.0.2.10",
  detail: "animateur",
};

export const failedLogin: AuditEvent = {
  id: 1,
  occurredAt: "2026-11-19T09:58:00+01:00",
  category: "SECURITY",
  action: "LOGIN",
  actionLabel: "Connexion",
  outcome: "FAILURE",
  targetType: "member",
  targetId: ZOE,
  subjectMemberId: ZOE,
  subjectName: "Zoé Marchand",
  ipAddress: "203.0.113.7",
  detail: "Mot de passe incorrect",
};

export const ACTIONS = [
  { action: "LOGIN", category: "SECURITY", label: "Connexion" },
  { action: "ROLE_GRANTED", category: "PRIVILEGED", label: "Rôle attribué" },
];

export const mySignIn: SecurityEvent = {
  id: 7,
  occurredAt: "2026-11-19T09:58:00+01:00",
  action: "LOGIN",
  actionLabel: "Connexion",
  outcome: "FAILURE",
  ipAddress: "203.0.113.7",
  detail: "Mot de passe incorrect",
};
