-- G8: one analytics page or API answer (PERF_PATH), signed in as PERF_TOKEN's holder: the page with
-- the session cookie, the API with the bearer token (the two ways people and scripts come).
package.path = os.getenv("PERF_WRK") .. "/?.lua;" .. package.path
require "report"
local path = os.getenv("PERF_PATH")
local token = os.getenv("PERF_TOKEN")
local headers
if string.sub(path, 1, 5) == "/api/" then
  headers = { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" }
else
  headers = { ["Cookie"] = "fakh_session=" .. token, ["Accept"] = "text/html" }
end
request = function()
  return wrk.format("GET", path, headers)
end
done = report
