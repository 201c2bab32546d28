-- Sign-in with ProConnect goes through quarkus-oidc, which keeps the state and the nonce of a sign-in under way in
-- its own encrypted state cookie (auth/ProConnectTenant.java): the table that held them is no longer used.
DROP TABLE proconnect_login_attempt;
