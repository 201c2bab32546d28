-- A member's reading mix for bench/start/run.sh: the directory, projects, events, the library, « Mon espace ».
-- The token comes from the environment (TOKEN).
local paths = {
  "/api/v1/members?q=data", "/api/v1/members?skill=python", "/api/v1/projects", "/api/v1/events",
  "/api/v1/resources?q=python", "/api/v1/me/overview", "/api/v1/stats", "/api/v1/me/notifications",
}
local i = 0
local auth = "Bearer " .. os.getenv("TOKEN")
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], { ["Authorization"] = auth })
end
