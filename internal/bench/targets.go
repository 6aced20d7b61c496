package bench

import (
	"fmt"
	"slices"
)

// evaluateTargets checks the targets against the measured rows.
func evaluateTargets(r *Report) []Target {
	pc := func(scs ...string) []Row {
		var out []Row
		for _, row := range r.Datapath {
			if row.Kind == "policyc" && slices.Contains(scs, row.Scenario) {
				out = append(out, row)
			}
		}
		return out
	}
	verdicts := pc(ScenarioNewAllow, ScenarioNewDeny)
	all := pc(Scenarios()...)
	return []Target{
		worst("pod→pod verdict vs floor", "≤ 1.5× floor", verdicts, func(x Row) float64 { return x.VsFloor }, 1.5, true),
		worst("pod→pod verdict vs Cilium-style", "≥ 5× faster", verdicts, func(x Row) float64 { return x.CiliumSpeedup }, 5, false),
		scaling(verdicts),
		worst("established flow vs floor", "≤ 1.3× floor", pc(ScenarioEstablished), func(x Row) float64 { return x.VsFloor }, 1.3, true),
		worst("verified instructions per program", "≤ 100,000", uniquePrograms(all), func(x Row) float64 { return float64(x.Stats.Verified) }, 100_000, true),
		worst("load time per program", "≤ 50 ms", uniquePrograms(all), func(x Row) float64 { return x.Stats.LoadMS }, 50, true),
		compileTarget(r.Compiler),
	}
}

// worst finds the row with the worst value (largest when atMost, else the
// smallest) and compares it with the limit.
func worst(name, goal string, rows []Row, val func(Row) float64, limit float64, atMost bool) Target {
	t := Target{Name: name, Goal: goal, Met: "not measured", Got: "–"}
	if len(rows) == 0 {
		return t
	}
	w := rows[0]
	for _, x := range rows[1:] {
		if (atMost && val(x) > val(w)) || (!atMost && val(x) < val(w)) {
			w = x
		}
	}
	v := val(w)
	t.Got = fmt.Sprintf("worst %s (%s)", formatValue(v), rowLabel(w))
	t.Met = metString((atMost && v <= limit) || (!atMost && v >= limit))
	return t
}

func formatValue(v float64) string {
	if v >= 100 {
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.2f", v)
}

func rowLabel(r Row) string {
	if r.Rules > 0 {
		return fmt.Sprintf("%d rules, %s, %s", r.Rules, r.Scenario, r.Family)
	}
	return r.Name
}

func metString(ok bool) string {
	if ok {
		return "met"
	}
	return "not met"
}

// scaling compares the largest policy's verdict with the 10-rule one, per
// scenario and family, and reports the worst ratio.
func scaling(rows []Row) Target {
	t := Target{Name: "largest policy vs 10-rule verdict", Goal: "100k rules ≤ 1.2× 10 rules", Met: "not measured", Got: "–"}
	small := map[string]Row{}
	large := map[string]Row{}
	for _, x := range rows {
		k := x.Scenario + "/" + x.Family
		if s, ok := small[k]; !ok || x.Rules < s.Rules {
			small[k] = x
		}
		if l, ok := large[k]; !ok || x.Rules > l.Rules {
			large[k] = x
		}
	}
	keys := make([]string, 0, len(small))
	for k := range small {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	worstRatio, label := 0.0, ""
	for _, k := range keys {
		s, l := small[k], large[k]
		if s.Rules != 10 || l.Rules <= s.Rules || s.MedianNS <= 0 {
			continue
		}
		if ratio := l.MedianNS / s.MedianNS; ratio > worstRatio {
			worstRatio, label = ratio, fmt.Sprintf("%d vs %d rules, %s", l.Rules, s.Rules, k)
		}
	}
	if label == "" {
		return t
	}
	t.Got = fmt.Sprintf("worst %.2f× (%s)", worstRatio, label)
	t.Met = metString(worstRatio <= 1.2)
	if !hasRules(rows, 100_000) {
		t.Met += " (100k not measured)"
	}
	return t
}

func hasRules(rows []Row, n int) bool {
	return slices.ContainsFunc(rows, func(r Row) bool { return r.Rules == n })
}

// uniquePrograms keeps one row per program (rules, family share a program
// across scenarios).
func uniquePrograms(rows []Row) []Row {
	seen := map[int]bool{}
	var out []Row
	for _, r := range rows {
		if !seen[r.Rules] {
			seen[r.Rules] = true
			out = append(out, r)
		}
	}
	return out
}

// compileTarget checks the 5k-policy × 20k-identity compile.
func compileTarget(rows []CompileRow) Target {
	t := Target{Name: "compile 5k policies × 20k identities", Goal: "≤ 10 s and ≤ 2 GiB RSS", Met: "not measured", Got: "–"}
	for _, c := range rows {
		if c.Policies == 5000 && c.Identities == 20000 && c.Error == "" {
			t.Got = fmt.Sprintf("%.2f s, %.0f MiB", c.WallS, c.PeakRSSMiB)
			t.Met = metString(c.WallS <= 10 && c.PeakRSSMiB <= 2048)
		}
	}
	return t
}
