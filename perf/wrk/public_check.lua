-- G1: the public check, 90 % known codes (from the generated certificates), 10 % unknown (404).
-- PERF_G1_MIX=hit sends known codes only, =miss unknown ones only (the constant-time comparison).
package.path = os.getenv("PERF_WRK") .. "/?.lua;" .. package.path
require "report"
local codes = lines(os.getenv("PERF_FIXTURES") .. "/codes.txt")
local alphabet = "0123456789abcdefghjkmnpqrstvwxyz"
local i = 0
math.randomseed(42)

local function unknown()
  local t = {}
  for k = 1, 26 do
    local c = math.random(1, #alphabet)
    t[k] = alphabet:sub(c, c)
  end
  return table.concat(t)
end

local mix = os.getenv("PERF_G1_MIX") or "mixed"

request = function()
  i = i + 1
  local miss = (mix == "miss") or (mix == "mixed" and i % 10 == 0)
  local code = miss and unknown() or codes[(i % #codes) + 1]
  return wrk.format("GET", "/api/public/certificates/" .. code)
end

-- the unknown tenth answers 404: counted in status=, expected to be about 10 % of requests
done = report
