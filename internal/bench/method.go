package bench

// methodText is the "Method" section of docs/performance.md.
const methodText = `## Method

**Harness.** Every program is a ` + "`sched_cls`" + ` program run with ` + "`BPF_PROG_TEST_RUN`" + `
(` + "`Program.Benchmark`" + `) on a 64-byte Ethernet/IPv4/TCP or 74-byte Ethernet/IPv6/TCP
packet. The measuring thread is locked (` + "`runtime.LockOSThread`" + `) and pinned to one
CPU (` + "`sched_setaffinity`" + `). Each case gets one untimed warm-up call, then every case
is run in turn for several *passes* (so noisy periods of the shared machine are spread
over all cases), several calls per pass, each call ` + "`repeat`" + ` iterations. The kernel
reports integer ns per iteration; min, median and p90 are over all calls, and the
per-pass medians are in the JSON. Every call checks the program's return code against
the expected verdict. Load figures: wall time of the program load (verification + JIT,
best of the load attempts), verified instructions from ` + "`bpf_prog_info.verified_insns`" + `,
and the kernel's own "verification time" from the verifier's stats log (JSON only).
Hot cache: the same packet every iteration (datapath-anchors.md §5.5).

**Baselines** are assembled in the benchmark from the documented designs
(../shared/docs/datapath-anchors.md):

* *empty*: ` + "`return TC_ACT_OK`" + ` — the harness floor (§5.2 (a)).
* *parse*: direct packet access, Ethernet, IPv4 with variable IHL or IPv6, TCP ports.
* *floor*: parse + one ` + "`HASH`" + ` lookup of (peer address, dport, proto) in a 16384-entry
  map holding 10k entries (§5.2 (c)). It is the least a policy program can do.
* *Cilium-style*: parse; CT lookup in a 512Ki ` + "`LRU_HASH`" + ` (10k entries, Cilium's 14/38-byte
  ct tuple; a hit counts the packet with an atomic add); ipcache ` + "`LPM_TRIE`" + ` (Cilium's
  24-byte key, 512000 max, 10k prefixes: 90% host prefixes, 10% shorter, §5.1 (d)); two
  lookups in the per-endpoint policy ` + "`LPM_TRIE`" + ` (Cilium's 12-byte key, 16384 max, ~2k
  entries: exact ports, protocol wildcards, port ranges as masked prefixes, L4-only
  entries) with identity, then identity 0, and Cilium's precedence (deny wins, proxy
  priority, longer prefix); the proxy mark; on an allowed new flow the CT entry is created.
  As in Cilium, established packets are checked against policy too (only replies skip it).
* *Calico-style*: the parsed fields go to a per-CPU state struct; each rule is a linear
  block (protocol, one source CIDR as 32-bit words with early exit, one port; Calico's
  JEQ-to-matched / JA-no-match form); 10, 100, 1000 rules, the last one matches, CIDRs
  canonical (§4.2). Calico's IP-set LPM lookups are not used (CIDR matches are its
  cheapest rule form, so this is a lower bound for Calico).

**New flows and BPF_PROG_TEST_RUN.** With ` + "`repeat > 1`" + ` the kernel reuses the same skb
(§4.1), and a program that records an allowed flow in conntrack would turn every
iteration after the first into a conntrack hit. So *new-allow* and *world-cidr* cases
run through a **reset wrapper**: a program that deletes the flow's CT key (the key is
found by running the packet once and taking the one entry that appeared, so it does not
depend on the CT layout) and then tail calls the measured program with a constant key (a
patched direct jump, ≈0 ns, §5.2 (f)). Every iteration is therefore a true first packet:
CT miss, identity and policy lookups, CT insert, event. The wrapper's own cost is measured
the same way around the empty program (the key is then absent) and its cost above the
empty program is subtracted (rows marked †); since deleting a present key costs more than
deleting an absent one, the subtraction slightly *overstates* the measured program. The
same wrapper and subtraction are applied to the Cilium-style baseline. *new-deny* needs no
wrapper (denied flows are never recorded). *established* cases run a first packet (which
creates the entry) and then measure CT hits; they use their own source port so the
new-flow wrappers never delete their entry. policyc programs emit a ring-buffer event for
every new flow and every drop; the harness drains the ring between calls (outside the
timed window) and sizes it to hold one call's events, so every iteration takes the
production path of a successful reservation. The Cilium-style baseline has no events.

**policyc programs.** Synthetic ` + "`ir.Program`" + `s (` + "`bench.Synthesize`" + `, checked against the
reference evaluator) with 10 … 100k entries in one subject's ingress policy: identities
with app/team/tier/namespace labels; selectors by team+namespace, tier sets, app lists and
CIDR (about 1 selector per 8 rules, at most 2000); entries: single ports (mostly common
ones), 10% port ranges, 3% whole-protocol, 2% L3-only, 5% deny; dual-stack, CIDR identities
in both families. The scenarios: *new-allow* (a pod allowed by its own rule),
*new-deny* (a pod no rule allows: default deny), *established* (a CT hit), *world-cidr*
(a world address allowed by a CIDR rule). Code is generated by ` + "`codegen.Generate`" + ` with
default options (counters and events on) and loaded with freshly created maps filled by
` + "`runtime.Populate`" + `. Each size is first generated in a child process with a time limit,
so a size whose generation fails or explodes is reported, not waited for.

**Compiler.** ` + "`synth.Cluster`" + `: an inventory with one endpoint per identity in 50
namespaces and N CiliumNetworkPolicies (most select one service, every fifth a team; peers
by tier/team and an In expression; port lists, an endPort range, every fifth a CIDR with
except, every tenth a deny, an egress rule to world), through the real frontend and
inventory loader, then ` + "`compiler.Compile`" + `. Each size runs in a child process (the benchmark
re-executes itself with ` + "`-child`" + `): "compile s" is ` + "`compiler.Compile`" + ` alone, the peak RSS
is the child's own high-water mark (` + "`VmHWM`" + `, whole process: YAML generation, parsing and compile;
the ` + "`rusage`" + ` maximum would also count the parent's memory at the fork).

**Loader.** The real loader (` + "`loader.Apply`" + `) on a scratch node network namespace
with one veth interface per local endpoint (100 endpoints of 20 server identities, each
app's policy allowing its clients on 80/443 and monitoring on 8080 and denying a port
range), a fresh bpffs and state directory per repeat. *apply*: a signed bundle on an empty
node (signature and digest checks, map creation and fill, program load and verification,
pinning, one tcx link per endpoint and direction). *replace*: the next revision over the
applied one (new programs loaded, every link swapped with ` + "`link.Update`" + `). *churn*: the
same bundle re-applied with a node file that adds one endpoint whose labels are a new
identity: map updates only, and the run fails if any program ID changed. Wall time of
the call; median and best of the repeats. Creating a tcx link waits for an RCU grace
period in the kernel (5–19 ms per link measured on this machine kind, while
` + "`link.Update`" + ` takes microseconds), so *apply* on an empty node is dominated by the 200
link creations, not by policyc's own work.

**Noise.** The machine is a shared 2-vCPU VM; compare ratios within one run, never
absolute numbers across runs. The load average before and after is in the table above.
`
