-- G3/G4: answer autosave, PUT /api/attempts/{id}/answers/{q}, each request on the next attempt
-- (distinct attempts, no row contention), seq increasing. PERF_ATTEMPTS_FROM/TO pick a slice.
package.path = os.getenv("PERF_WRK") .. "/?.lua;" .. package.path
require "report"
local all = lines(os.getenv("PERF_FIXTURES") .. "/attempts.txt")
local from = tonumber(os.getenv("PERF_ATTEMPTS_FROM") or "1")
local to = math.min(tonumber(os.getenv("PERF_ATTEMPTS_TO") or tostring(#all)), #all)
local attempts = {}
for k = from, to do
  local p = split(all[k], " ")
  attempts[#attempts + 1] = { auth = "Bearer " .. p[1], id = p[2], questions = split(p[3], ",") }
end
local i = 0
local seq = os.time() * 1000
request = function()
  i = i + 1
  seq = seq + 1
  local a = attempts[(i % #attempts) + 1]
  local q = a.questions[(math.floor(i / #attempts) % #a.questions) + 1]
  local value = (seq % 2 == 0) and "true" or "false"
  return wrk.format("PUT", "/api/attempts/" .. a.id .. "/answers/" .. q,
    { ["Authorization"] = a.auth, ["Content-Type"] = "application/json" },
    '{"response":{"value":' .. value .. '},"seq":' .. seq .. '}')
end
done = report
