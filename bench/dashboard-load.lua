-- wrk script for bench/dashboards.sh: sends each request in one of the signed-in sessions whose
-- JSESSIONID values COOKIES lists (comma-separated), spreads the workspace dashboard over the bench
-- workspaces (ids in WORKSPACES, comma-separated; {id} in TARGET) and prints p50, p95 and p99 in ms.
-- Sessions rather than one API token: every request on a token writes its last use, and concurrent
-- writes of one token's row conflict (see the README's Benchmarks).
local cookies, ids = {}, {}
for c in string.gmatch(os.getenv("COOKIES") or "", "[^|]+") do cookies[#cookies + 1] = c end
for id in string.gmatch(os.getenv("WORKSPACES") or "", "%d+") do ids[#ids + 1] = id end
local path = os.getenv("TARGET")
local counter = 0

request = function()
  counter = counter + 1
  local p = string.gsub(path, "{id}", ids[(counter % #ids) + 1])
  return wrk.format("GET", p, { ["Cookie"] = cookies[(counter % #cookies) + 1],
                                ["Accept"] = "application/json, text/html" })
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (non-2xx %d), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
