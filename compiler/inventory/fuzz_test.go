package inventory

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

// FuzzParse feeds arbitrary bytes to the inventory parser (policyc YAML and
// kubectl output). Invariants: no panic or hang; every diagnostic has a
// code, a known severity, the file name and a message; parsing is
// deterministic; and an inventory without errors is consistent: identities
// sorted by unique ID, every endpoint's identity in the table, the reserved
// identities present.
func FuzzParse(f *testing.F) {
	var seeds []string
	for _, g := range []string{"../../testdata/examples/*/inventory*.yaml", "testdata/*.yaml", "../testdata/scenarios/*.yaml"} {
		m, _ := filepath.Glob(g)
		seeds = append(seeds, m...)
	}
	for _, p := range seeds {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 1<<16 {
			t.Skip("input larger than 64 KiB")
		}
		inv, diags := Parse("fuzz.yaml", src)
		for _, d := range diags {
			if len(d.Code) != 6 || d.Severity > diag.Info || d.Pos.File != "fuzz.yaml" || d.Message == "" {
				t.Fatalf("malformed diagnostic %#v", d)
			}
		}
		inv2, diags2 := Parse("fuzz.yaml", src)
		if !reflect.DeepEqual(diags, diags2) || !reflect.DeepEqual(inv, inv2) {
			t.Fatal("parsing is not deterministic")
		}
		if inv == nil || diags.HasErrors() {
			return
		}
		checkConsistent(t, inv)
	})
}

func checkConsistent(t *testing.T, inv *Inventory) {
	t.Helper()
	ids := map[ir.Identity]bool{}
	for i, id := range inv.Identities {
		if i > 0 && inv.Identities[i-1].ID >= id.ID {
			t.Fatalf("identities not sorted by unique ID at %d: %d then %d", i, inv.Identities[i-1].ID, id.ID)
		}
		ids[id.ID] = true
	}
	for _, r := range []ir.Identity{1, 2, 5} {
		if !ids[r] {
			t.Fatalf("reserved identity %d missing", r)
		}
	}
	for _, ep := range inv.Endpoints {
		if !ids[ep.Identity] {
			t.Fatalf("endpoint %s has identity %d, not in the table", ep.Name, ep.Identity)
		}
	}
}
