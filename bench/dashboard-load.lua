-- wrk script for bench/dashboards.sh: signs every request in with the bench API token, spreads
-- the workspace dashboard over the 50 bench workspaces (ids in WORKSPACES, comma-separated) and
-- prints the p50, p95 and p99 latency in milliseconds.
local token = os.getenv("TOKEN")
local ids = {}
for id in string.gmatch(os.getenv("WORKSPACES") or "", "%d+") do ids[#ids + 1] = id end
local path = os.getenv("TARGET")
local counter = 0

request = function()
  counter = counter + 1
  local p = path
  if #ids > 0 then p = string.gsub(path, "{id}", ids[(counter % #ids) + 1]) end
  return wrk.format("GET", p, { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" })
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (non-2xx %d), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
