-- Shared by every script: after the run, one machine-readable line the harness parses.
-- Latencies in microseconds; "bad" counts non-2xx answers other than the ones a script expects.
-- `extra` (optional, from a script's own done) is appended to the line as further key=value fields.
function report(summary, latency, _, extra)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT rps=%.1f p50=%d p95=%d p99=%d requests=%d errors=%d status=%d%s\n",
    summary.requests / seconds, latency:percentile(50), latency:percentile(95), latency:percentile(99), summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, extra and (" " .. extra) or ""))
end

function lines(path)
  local out = {}
  for line in io.lines(path) do out[#out + 1] = line end
  return out
end

function split(s, sep)
  local out = {}
  for part in string.gmatch(s, "([^" .. sep .. "]+)") do out[#out + 1] = part end
  return out
end
