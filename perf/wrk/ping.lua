-- Baseline: the trivial JSON route of the same process (GET /api/public/ping).
package.path = os.getenv("PERF_WRK") .. "/?.lua;" .. package.path
require "report"
done = report
