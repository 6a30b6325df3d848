-- G2: the course page (HTML) of 100 logged-in learners in turn, each half way through 50 lessons.
package.path = os.getenv("PERF_WRK") .. "/?.lua;" .. package.path
require "report"
local pages = {}
for _, line in ipairs(lines(os.getenv("PERF_FIXTURES") .. "/course_pages.txt")) do
  local p = split(line, " ")
  pages[#pages + 1] = { cookie = "fakh_session=" .. p[1], path = p[2] }
end
local i = 0
request = function()
  i = i + 1
  local p = pages[(i % #pages) + 1]
  return wrk.format("GET", p.path, { ["Cookie"] = p.cookie, ["Accept"] = "text/html" })
end
done = report
