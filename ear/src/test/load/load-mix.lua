-- The people of a police department at work, for wrk: one wrk thread per person, each with one
-- connection and its own Lua state, taking one step at a time with think time between.
--   officers: log a request, read its decision, look at their list
--   supervisors: their unit's queue, start the review, decline or escalate; disclose what legal
--                approved; close what is finished
--   legal: the escalated queue, approve (or refuse)
--   evaluators: "What would the law say?" and the rule packs
--   readers: the statistics and city quarterly reports, the audit search
--   ping: the trivial signed-in endpoint, the yardstick every operation is compared with
-- Every answer is one line "operation status milliseconds request-id event-number answered-at"
-- (answered-at in milliseconds since 1970, to line it up with the server's and database's logs) in
-- OUTDIR/thread-N.log; the checks afterwards read the acknowledged ones from there.
-- Supervisors of a unit and the lawyers share their queues by request number, as a desk assigns
-- cases, so that two people rarely reach for the same request (a 409 when they do).
--   wrk -t50 -c50 -d600s --timeout 30s -s load-mix.lua URL -- OUTDIR PASSWORD THINK_MIN_MS THINK_MAX_MS RUN-TAG

local ffi = require("ffi")
ffi.cdef [[
struct proof_timespec { long sec; long nsec; };
int clock_gettime(int clock, struct proof_timespec *at);
]]
local clock = ffi.new("struct proof_timespec")
-- Milliseconds on the monotonic clock (1) for timings, on the wall clock (0) to line an answer up
-- with the server's and the database's logs.
local function now_ms(which)
  ffi.C.clock_gettime(which or 1, clock)
  return tonumber(clock.sec) * 1000 + tonumber(clock.nsec) / 1e6
end

-- Main state: number the threads.
local count = 0
function setup(thread)
  count = count + 1
  thread:set("tid", count)
end

-- Who thread N is, in a cycle of 50: 20 officers, 10 supervisors, 6 legal, 6 evaluators,
-- 5 report readers, 3 pings. Four units; the accounts are opened by proof-server.sh.
local function person(n)
  local i = (n - 1) % 50
  if i < 20 then return "officer", "load-officer-" .. (i % 4 + 1) .. "-" .. (math.floor(i / 4) + 1) end
  if i < 30 then return "supervisor", "load-sgt-" .. ((i - 20) % 4 + 1) .. "-" .. (math.floor((i - 20) / 4) + 1) end
  if i < 36 then return "legal", "load-legal-" .. (i - 30 + 1) end
  if i < 42 then return "evaluator", "load-officer-" .. ((i - 36) % 4 + 1) .. "-" .. (6 + math.floor((i - 36) / 4)) end
  if i < 47 then
    local readers = { "load-auditor-1", "load-auditor-2", "load-sgt-1-3", "load-sgt-2-3", "load-legal-6" }
    return "reader", readers[i - 42 + 1]
  end
  return "ping", "load-officer-" .. (i - 47 + 1) .. "-8"
end

local base64chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
local function base64(data)
  return ((data:gsub(".", function(x)
    local r, b = "", x:byte()
    for i = 8, 1, -1 do r = r .. (b % 2 ^ i - b % 2 ^ (i - 1) > 0 and "1" or "0") end
    return r
  end) .. "0000"):gsub("%d%d%d?%d?%d?%d?", function(x)
    if #x < 6 then return "" end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == "1" and 2 ^ (6 - i) or 0) end
    return base64chars:sub(c + 1, c + 1)
  end) .. ({ "", "==", "=" })[#data % 3 + 1])
end

local role, name, log, headers, think_min, think_max, tag, share, shares
local plan = {}        -- the steps still to take in this person's current errand
local pending          -- the step being answered
local started
local submitted = 0

function init(args)
  role, name = person(tid)
  math.randomseed(tid * 7919 + os.time())
  log = io.open(args[1] .. "/thread-" .. tid .. ".log", "w")
  log:setvbuf("line")
  headers = { ["Authorization"] = "Basic " .. base64(name .. ":" .. args[2]),
              ["Accept"] = "application/json", ["Content-Type"] = "application/json" }
  think_min, think_max = tonumber(args[3]), tonumber(args[4])
  tag = args[5]
  -- load-sgt-U-N: units 1 and 2 have three supervisors, 3 and 4 two; load-legal-N: six lawyers.
  local unit, n = name:match("load%-sgt%-(%d)%-(%d)")
  if unit then
    share, shares = tonumber(n) - 1, (tonumber(unit) <= 2) and 3 or 2
  elseif role == "legal" then
    share, shares = tonumber(name:match("(%d+)$")) - 1, 6
  end
end

function delay()
  return math.random(think_min, think_max)
end

local function step(op, method, path, body, id, event)
  return { op = op, method = method, path = "/welcoming/api/v1/" .. path, body = body, id = id, event = event }
end

local function received_at()
  return os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - 600)
end

local function intake()
  submitted = submitted + 1
  local event = tag .. "-" .. tid .. "-" .. submitted
  local body
  if submitted % 2 == 0 then
    body = [[{"eventNumber":"]] .. event .. [[","oemcNumber":"O-]] .. event .. [[","receivedAt":"]] .. received_at() ..
      [[","agency":"ICE","agencyComponent":"HSI","agentName":"Agent Dana Reyes","agentBadge":"HSI-4471",]] ..
      [["agentContact":"312-555-0100","identityCheck":"CALLBACK_INDEPENDENT_NUMBER","channel":"IN_PERSON",]] ..
      [["documentType":"COURT_ORDER","formNumber":null,"signerTitle":"United States District Judge",]] ..
      [["courtCaption":true,"subjectReference":"IR 2041187","custody":"CPD","asks":["DISCLOSE_CUSTODY_STATUS"],]] ..
      [["purpose":"CRIMINAL","statedPurpose":"Order in a federal criminal case"}]]
  else
    body = [[{"eventNumber":"]] .. event .. [[","oemcNumber":"O-]] .. event .. [[","receivedAt":"]] .. received_at() ..
      [[","agency":"ICE","agencyComponent":"ERO","agentName":"Officer Sam Lee","agentContact":"fax 312-555-0199",]] ..
      [["identityCheck":"NOT_VERIFIED","channel":"FAX","documentType":"DETAINER","formNumber":"I-247A",]] ..
      [["signerTitle":"Supervisory Detention and Deportation Officer","courtCaption":false,]] ..
      [["subjectReference":"CB 19887766","custody":"CPD","asks":["DETAIN","NOTIFY_RELEASE"],]] ..
      [["purpose":"CIVIL_IMMIGRATION"}]]
  end
  return step("submit", "POST", "requests", body, nil, event)
end

local supervisor_turn = 0
local reader_turn = 0

-- The next errand of this person, as a list of steps; later steps may be added from answers.
local function errand()
  if role == "officer" then
    return { intake() }
  elseif role == "supervisor" then
    supervisor_turn = supervisor_turn + 1
    local turn = supervisor_turn % 4
    if turn == 1 or turn == 2 then
      return { step("queue", "GET", "requests?state=SUBMITTED&size=10") }
    elseif turn == 3 then
      return { step("queue", "GET", "requests?state=LEGAL_APPROVED&size=10") }
    end
    return { step("queue", "GET", "requests?state=DECLINED&state=LEGAL_REFUSED&state=DISCLOSED&size=10") }
  elseif role == "legal" then
    return { step("legal-queue", "GET", "requests?state=ESCALATED_TO_LEGAL&size=10") }
  elseif role == "evaluator" then
    return {
      step("evaluate", "POST", "evaluations", [[{"documentType":"DETAINER","action":"DETAIN",]] ..
        [["purpose":"CIVIL_IMMIGRATION","consent":"NONE","custody":"CPD","subject":{"outstandingCriminalWarrant":false,]] ..
        [["felonyConviction":true,"pendingFelonyCharge":false,"gangDatabase":false}}]]),
      step("rule-packs", "GET", "rule-packs") }
  elseif role == "reader" then
    reader_turn = reader_turn + 1
    local year = os.date("!%Y")
    if reader_turn % 3 == 1 then return { step("report-statistics", "GET", "reports/statistics?year=" .. year) } end
    if reader_turn % 3 == 2 then
      return { step("report-city-quarterly", "GET", "reports/city-quarterly?year=" .. year .. "&quarter=" ..
        (math.floor((tonumber(os.date("!%m")) - 1) / 3) + 1)) }
    end
    if name:find("auditor", 1, true) then return { step("audit-search", "GET", "audit/events?action=REQUEST_SUBMITTED&size=20") } end
    return { step("report-statistics", "GET", "reports/statistics?year=" .. year) }
  end
  return { step("ping", "GET", "ping") }
end

function request()
  if #plan == 0 then plan = errand() end
  pending = table.remove(plan, 1)
  started = now_ms()
  return wrk.format(pending.method, pending.path, headers, pending.body)
end

local function ids(body)
  local found = {}
  for id in body:gmatch('"id":(%d+)') do found[#found + 1] = id end
  return found
end

local function choose(body)
  local found = {}
  for _, id in ipairs(ids(body)) do
    if not shares or tonumber(id) % shares == share then found[#found + 1] = id end
  end
  if #found == 0 then return nil end
  return found[math.random(#found)]
end

function response(status, _, body)
  local took = now_ms() - started
  local s = pending
  local id = s.id
  if s.op == "submit" and status == 201 then id = body:match('"id":(%d+)') end
  log:write(string.format("%s %d %.2f %s %s %d\n", s.op, status, took, id or "-", s.event or "-", now_ms(0)))
  if status >= 300 then return end
  local path = "requests/"
  if s.op == "submit" then
    plan = { step("read-request", "GET", path .. id, nil, id), step("list-own", "GET", "requests?size=10") }
  elseif s.op == "queue" then
    local chosen = choose(body)
    if chosen then
      local state = s.path:match("state=([%u_]+)")
      if state == "SUBMITTED" then
        plan = { step("start-review", "POST", path .. chosen .. "/steps/start-review", "{}", chosen) }
      elseif state == "LEGAL_APPROVED" then
        plan = { step("disclose", "POST", path .. chosen .. "/steps/disclose",
          [[{"released":["CUSTODY_STATUS"],"recipient":"Agent Dana Reyes, HSI Chicago"}]], chosen) }
      else
        plan = { step("close", "POST", path .. chosen .. "/steps/close", "{}", chosen) }
      end
    end
  elseif s.op == "start-review" then
    if body:find('"documentType":"COURT_ORDER"', 1, true) then
      plan = { step("escalate", "POST", path .. id .. "/steps/escalate",
        [[{"reason":"Court order: legal to verify"}]], id) }
    else
      plan = { step("decline", "POST", path .. id .. "/steps/decline",
        [[{"reason":"A civil detainer: the ordinance does not allow a hold"}]], id) }
    end
  elseif s.op == "legal-queue" then
    local chosen = choose(body)
    if chosen and math.random(5) == 1 then
      plan = { step("refuse", "POST", path .. chosen .. "/steps/refuse", [[{"reason":"Not shown to be judicial"}]], chosen) }
    elseif chosen then
      plan = { step("approve", "POST", path .. chosen .. "/steps/approve",
        [[{"scope":["CUSTODY_STATUS"],"caseNumber":"1:26-cr-00417","checklist":{"issuedByCourt":true,]] ..
        [["signedByJudge":true,"caseNumberShown":true,"requirementStated":true}}]], chosen) }
    end
  end
end
