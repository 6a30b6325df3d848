-- The cheapest authenticated route: a learner's GET /api/me (JWT, the caller read, the user read again, a small JSON),
-- the floor under every signed-in page (perf/README.md, "Session 14").
package.path = os.getenv("PERF_WRK") .. "/?.lua;" .. package.path
require "report"
local tokens = {}
for _, line in ipairs(lines(os.getenv("PERF_FIXTURES") .. "/attempts.txt")) do
  tokens[#tokens + 1] = "Bearer " .. split(line, " ")[1]
end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/me", { ["Authorization"] = tokens[(i % #tokens) + 1] })
end
done = report
