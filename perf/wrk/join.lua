-- G10: the join page of one online session (GET /sessions/<id>/join), the 264 signed-in participants in
-- turn, each with the bearer token the login API gave (or the session cookie, as setup found). wrk never
-- follows the 303 to the meeting; any other answer is counted in bad= (status= counts only 4xx/5xx).
package.path = os.getenv("PERF_WRK") .. "/?.lua;" .. package.path
require "report"
local fixtures = os.getenv("PERF_FIXTURES")
local path = "/sessions/" .. lines(fixtures .. "/session.txt")[1] .. "/join"
local people = {}
for _, line in ipairs(lines(fixtures .. "/join_people.txt")) do
  local p = split(line, " ")
  if p[1] == "cookie" then
    people[#people + 1] = { ["Cookie"] = "fakh_session=" .. p[2], ["Accept"] = "text/html" }
  else
    people[#people + 1] = { ["Authorization"] = "Bearer " .. p[2], ["Accept"] = "text/html" }
  end
end

local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
end

function init()
  bad = 0
  i = 0
end

request = function()
  i = i + 1
  return wrk.format("GET", path, people[(i % #people) + 1])
end

function response(status)
  if status ~= 303 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do total = total + t:get("bad") end
  report(summary, latency, requests, string.format("bad=%d passes=%d", total, summary.requests - total))
end
